// UTF-16 text files (as some Windows tools save them) are full of NUL bytes but are not binary:
// a byte order mark at the start says how to read them.

/** The text of a UTF-16 file that starts with a byte order mark, or null for any other bytes. */
export function decodeUtf16WithBom(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  // The decoder drops the BOM itself (ignoreBOM is false by default).
  return encoding ? new TextDecoder(encoding).decode(bytes) : null;
}
