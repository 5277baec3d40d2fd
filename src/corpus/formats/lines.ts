// JSON Lines files can be far larger than one article, so they are split into lines as the bytes
// stream in, and the size limit applies to each line rather than to the file.

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** Length in bytes, without the LF. */
  size: number;
  /** The line's bytes (LF excluded), or null when the line is longer than the limit. */
  bytes: Uint8Array | null;
}

const LF = 0x0a;

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The LF-separated lines of a byte stream. A line over `maxLineBytes` is reported with its size but
 * without its bytes, and is not held in memory while it streams past.
 */
export function* splitLines(chunks: Iterable<Uint8Array>, maxLineBytes: number): Generator<Line> {
  let number = 1;
  let offset = 0; // offset of the current line's first byte
  let pending: Uint8Array[] = [];
  let size = 0; // bytes of the current line seen so far
  const finish = (): Line => {
    const line: Line = { number, offset, size, bytes: size > maxLineBytes ? null : concat(pending, size) };
    number++;
    offset += size + 1;
    pending = [];
    size = 0;
    return line;
  };
  for (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const lf = chunk.indexOf(LF, from);
      const end = lf === -1 ? chunk.length : lf;
      size += end - from;
      if (size <= maxLineBytes) pending.push(chunk.subarray(from, end));
      else pending = [];
      if (lf === -1) break;
      yield finish();
      from = lf + 1;
    }
  }
  if (size > 0) yield finish();
}
