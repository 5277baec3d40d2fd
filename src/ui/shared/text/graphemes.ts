// Grapheme clusters of any length of text in linear time. V8's Intl.Segmenter takes time
// quadratic in the length of the string it segments (80,000 characters: ~1.8 s, in 1,000-character
// pieces: ~50 ms), so text is segmented in short pieces, each restarting at a known boundary.
// Most text needs no segmenter at all (it costs about 1.5 µs a grapheme here): see PLAIN.

// Characters that are a grapheme of their own unless marks follow: printable Latin, general
// punctuation, arrows, box drawing (one column); CJK, kana, Hangul syllables, fullwidth forms (two).
/** The one-column simple characters, as a regular-expression character range (wrap.ts measures with it too). */
export const NARROW_CHARS = '\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u02ff\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2500-\\u257f';
/** Whether a UTF-16 code unit is one of NARROW_CHARS: the same ranges, for loops over char codes. */
export function isNarrowCode(c: number): boolean {
  if (c <= 0x7e) return c >= 0x20;
  if (c <= 0x2ff) return c >= 0xa0 && c !== 0xad;
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c <= 0x257f);
}
const SIMPLE_CHARS = `${NARROW_CHARS}\\u3000-\\u3029\\u3030-\\u303e\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff01-\\uff60`;
/** Of the simple characters, these (CJK, kana, Hangul, fullwidth forms) take two columns. */
const FIRST_WIDE = 0x3000;
/** Combining diacritics: they join the character before them. */
const isMark = (c: number) => c >= 0x300 && c <= 0x36f;
/**
 * Text where a grapheme is one character and the combining diacritics after it: simple characters,
 * emoji of the main pictograph blocks (skin tones, flags, joiners and selectors are left out: they
 * join neighbours), and the diacritics.
 */
const PLAIN = new RegExp(`^(?:[${SIMPLE_CHARS}\\u0300-\\u036f]|[\\u{1f300}-\\u{1f3fa}\\u{1f400}-\\u{1f64f}\\u{1f680}-\\u{1f6ff}\\u{1f900}-\\u{1f9ff}])*$`, 'u');

/** Characters segmented at a time: long enough to amortise the call, short enough to stay linear. */
const PIECE = 512;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Calls `visit(start, end)` for each grapheme of text[from, to) in order, until it returns false.
 * `simpleWidth` is the grapheme's width when it is a simple character (else 0, for the caller to
 * measure). A cluster longer than a whole piece (thousands of combining marks) is cut, never a
 * surrogate pair.
 */
export function forEachGrapheme(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number, simpleWidth: number) => boolean | void,
): void {
  let pos = from;
  while (pos < to) {
    let end = Math.min(to, pos + PIECE);
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1)) && end - 1 > pos) end--;
    const piece = text.slice(pos, end);
    // The piece's last grapheme may go on past its end: it is left for the next piece.
    const more = end < to;
    const next = PLAIN.test(piece) ? plainGraphemes(text, pos, end, more, visit) : segmentedGraphemes(piece, pos, end, more, visit);
    if (next === -1) return;
    pos = next;
  }
}

type Visit = (start: number, end: number, simpleWidth: number) => boolean | void;

/** Visits the graphemes of a PLAIN text[pos, end); returns where the next piece starts, -1 when stopped. */
function plainGraphemes(text: string, pos: number, end: number, more: boolean, visit: Visit): number {
  for (let k = pos; k < end; ) {
    const start = k;
    const c = text.charCodeAt(k);
    k += isHighSurrogate(c) ? 2 : 1;
    while (k < end && isMark(text.charCodeAt(k))) k++;
    // Marks may follow in the next piece; a grapheme as long as the piece is cut.
    if (more && k === end && start > pos) return start;
    const width = c < 0xd800 && !isMark(c) ? (c >= FIRST_WIDE ? 2 : 1) : 0;
    if (visit(start, k, width) === false) return -1;
  }
  return end;
}

/** Visits the graphemes of `piece` (text[pos, end)) as Intl.Segmenter finds them; returns where the next piece starts, -1 when stopped. */
function segmentedGraphemes(piece: string, pos: number, end: number, more: boolean, visit: Visit): number {
  let next = pos;
  for (const { segment, index } of segmenter.segment(piece)) {
    const start = pos + index;
    const stop = start + segment.length;
    if (more && stop === end) {
      // The piece's last grapheme: left for the next piece, unless it is the only one (then cut).
      if (start > pos) return start;
      return visit(start, stop, 0) === false ? -1 : stop;
    }
    if (visit(start, stop, 0) === false) return -1;
    next = stop;
  }
  return next;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
