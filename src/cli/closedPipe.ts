// A reader that stops early (`rknews list | head -1`) closes the pipe under us. The shell
// convention is to end quietly, as if killed by SIGPIPE (status 128 + 13), which Node ignores
// by default and turns into an 'error' event that would crash with a stack trace.
import type { Writable } from 'node:stream';

const CLOSED_PIPE_STATUS = 141;

/** Ends the process quietly when `stream`'s reader has gone; other write errors still surface. */
export function endQuietlyOnClosedPipe(stream: Writable, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') exit(CLOSED_PIPE_STATUS);
    else throw err;
  });
}
