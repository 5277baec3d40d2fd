// Full screen in the alternate buffer, and the way back on every exit path: a normal
// quit, SIGTERM, SIGHUP, SIGINT, and an uncaught error (printed after restoring, so it
// lands on the normal screen where the user can read it).
import { printable } from '../corpus/sanitize';

/** What a crash prints: the stack, escaped, since an error may quote input (a file's bytes) that could act on the terminal. */
export function unexpectedErrorText(error: unknown): string {
  return `unexpected error: ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}`;
}

export const ENTER_ALT_SCREEN = '\x1b[?1049h';
export const LEAVE_ALT_SCREEN = '\x1b[?1049l';
export const SHOW_CURSOR = '\x1b[?25h';
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

const SIGNALS = { SIGTERM: 15, SIGHUP: 1, SIGINT: 2 } as const;

export interface FullScreenOptions {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Runs before the terminal is restored when a signal or an error ends the program (stop drawing, save state). */
  beforeExit?: () => void;
}

export interface FullScreen {
  /** Leaves the alternate screen, shows the cursor, turns raw mode off. Safe to call more than once. */
  restore(): void;
}

export function enterFullScreen({ stdin, stdout, beforeExit }: FullScreenOptions): FullScreen {
  let restored = false;
  const listeners: [string, (arg: unknown) => void][] = [];

  const restore = () => {
    if (restored) return;
    restored = true;
    for (const [event, listener] of listeners) process.off(event, listener);
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // The terminal may already be gone (SIGHUP); nothing left to restore on it.
    }
    try {
      stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
    } catch {
      // Same: a closed terminal cannot be written to.
    }
  };

  const runBeforeExit = () => {
    try {
      beforeExit?.();
    } catch {
      // Restoring the terminal matters more than whatever failed here.
    }
  };

  const on = (event: string, listener: (arg: unknown) => void) => {
    listeners.push([event, listener]);
    process.on(event, listener);
  };

  for (const [signal, number] of Object.entries(SIGNALS)) {
    on(signal, () => {
      runBeforeExit();
      restore();
      process.exit(128 + number);
    });
  }
  const fail = (error: unknown) => {
    runBeforeExit();
    restore();
    process.stderr.write(`rknews: ${unexpectedErrorText(error)}\n`);
    process.exit(1);
  };
  on('uncaughtException', fail);
  on('unhandledRejection', fail);
  on('exit', restore);

  // Raw mode before the first frame: Ink turns it on only after drawing, and a key typed
  // in between would be echoed and line-buffered (Enter arriving as "\n", not a key press).
  if (stdin.isTTY) stdin.setRawMode(true);
  stdout.write(ENTER_ALT_SCREEN + CLEAR_SCREEN);
  return { restore };
}
