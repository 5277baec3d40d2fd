// Ink measures each line of every frame with string-width, which splits the text into graphemes
// (Intl.Segmenter) whenever a line holds anything beyond printable ASCII, and every line of the
// browse screen holds the pane separator `│`. A line of one-column characters (NARROW_CHARS, the
// set wrap.ts measures by length too) and colour codes is as wide as its length without them; the
// build (scripts/build.mjs) puts this in front of string-width for Ink and the modules it uses.
import { NARROW_CHARS } from './graphemes';

const SGR = /\x1b\[[0-9;]*m/g;
const NARROW = new RegExp(`^[${NARROW_CHARS}]*$`);

/** string-width's answer for text of one-column characters and SGR codes only; -1 for other text. */
export function narrowWidth(text: unknown, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }): number {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return -1;
  const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
  return NARROW.test(plain) ? plain.length : -1;
}
