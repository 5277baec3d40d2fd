// Grapheme clusters of any length of text in linear time. V8's Intl.Segmenter takes time
// quadratic in the length of the string it segments (80,000 characters: ~1.8 s, in 1,000-character
// pieces: ~50 ms), so text is segmented in short pieces, each restarting at a known boundary.
// Runs of plain characters (Latin, CJK, kana, Hangul syllables) need no segmenter at all.

/** Characters that are always a grapheme of their own when the next character is one of them too. */
const SIMPLE = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u3000-\u3029\u3030-\u303e\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]*$/;
/** Of the simple characters, these (CJK, kana, Hangul, fullwidth forms) take two columns. */
const FIRST_WIDE = 0x3000;

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
    const end = Math.min(to, pos + PIECE);
    const piece = text.slice(pos, end);
    // The piece's last grapheme may go on past its end: it is left for the next piece.
    const more = end < to;
    if (SIMPLE.test(piece)) {
      const last = more ? end - 1 : end;
      for (let k = pos; k < last; k++) {
        if (visit(k, k + 1, text.charCodeAt(k) >= FIRST_WIDE ? 2 : 1) === false) return;
      }
      pos = last;
      continue;
    }
    let next = pos;
    for (const { segment, index } of segmenter.segment(piece)) {
      const start = pos + index;
      const stop = start + segment.length;
      if (more && stop === end) {
        // The piece's last grapheme; when it is the only one, it is longer than a piece: cut it.
        if (start === pos) next = isHighSurrogate(text.charCodeAt(end - 1)) && end - 1 > pos ? end - 1 : end;
        else next = start;
        if (next === start) break;
        if (visit(start, next, 0) === false) return;
        break;
      }
      if (visit(start, stop, 0) === false) return;
      next = stop;
    }
    pos = next;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
