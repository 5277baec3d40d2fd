// Bytes to text. Decoding never fails (bad bytes become U+FFFD), but the loader reports where the
// first bad byte is, so the user can find it.

const decoder = new TextDecoder('utf-8', { fatal: false });

export interface DecodedText {
  text: string;
  /** Offset of the first byte that is not valid UTF-8, or null when all of it is. */
  firstInvalidByte: number | null;
}

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const text = decoder.decode(bytes);
  // Only a replacement character in the output can mean bad input; a U+FFFD the file spells out
  // correctly is valid, hence the exact scan.
  const firstInvalidByte = text.includes('\uFFFD') ? findInvalidUtf8(bytes) : null;
  return { text, firstInvalidByte };
}

/** Offset of the first byte that starts an ill-formed sequence (Unicode table 3-7), or null. */
function findInvalidUtf8(b: Uint8Array): number | null {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // no overlong forms
      if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    if (i + need >= n) return i; // truncated at the end
    const second = b[i + 1];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = b[i + k];
      if (cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return null;
}

/** True when the bytes hold a NUL, which text never does: the file is binary. */
export function containsNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}
