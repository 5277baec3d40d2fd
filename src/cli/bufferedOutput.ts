// Output gathered into large writes: a listing of thousands of short lines written line by line
// made a system call each (tens of thousands for a broad `rknews search` on Reuters).
import type { Output } from './output';

/** Flushed once this many characters are gathered. */
const CHUNK = 1 << 16;

export interface BufferedOut {
  out(text: string): void;
  /** Writes what is gathered; call before anything else is written and at the end. */
  flush(): void;
}

export function bufferedOut(io: Output): BufferedOut {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (!parts.length) return;
    io.out(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    out(text) {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    flush,
  };
}
