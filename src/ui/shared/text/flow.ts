// Re-flowed text: a paragraph's words wrapped to the width as if its line breaks were blanks, with
// markup it hides (Markdown's `**`, a link's URL) taking no room. Lines stay spans of the text, so
// marks (search hits, mentions, quotes) apply to them as to any other line.
import type { Span } from '../../../corpus/types';
import { displayWidth, wrapRange } from './wrap';

/** The blanks around a line break (the break itself is shown, as one blank). */
const BREAK = /[ \t]*\n[ \t]*/g;

/**
 * The parts of text[span) a re-flowed block shows: all but its hidden ranges (sorted, disjoint) and
 * the blanks around each line break.
 */
export function visiblePieces(text: string, span: Span, hidden: readonly Span[]): Span[] {
  const gone: Span[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(BREAK)) {
    const at = span.start + m.index;
    const nl = at + m[0].indexOf('\n');
    if (nl > at) gone.push({ start: at, end: nl });
    if (at + m[0].length > nl + 1) gone.push({ start: nl + 1, end: at + m[0].length });
  }
  const pieces: Span[] = [];
  let at = span.start;
  const skip = (h: Span) => {
    if (h.end <= at || h.start >= span.end) return;
    if (h.start > at) pieces.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  };
  // Merge the two sorted lists of ranges to skip.
  let i = firstEndingAfter(hidden, span.start);
  let k = 0;
  while ((i < hidden.length && hidden[i].start < span.end) || k < gone.length) {
    const takeHidden = k >= gone.length || (i < hidden.length && hidden[i].start < span.end && hidden[i].start <= gone[k].start);
    skip(takeHidden ? hidden[i++] : gone[k++]);
  }
  if (span.end > at) pieces.push({ start: at, end: span.end });
  return pieces;
}

/** Index of the first range ending after `offset` (binary search over sorted, disjoint ranges). */
function firstEndingAfter(ranges: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TOKEN = /\n|[ \t]+|[^ \t\n]+/g;

/**
 * Wraps text[span) into lines of at most `width` columns, counting only what is shown: a line break
 * is a blank, hidden ranges take no room and do not part a word ("**bold**," stays one word).
 * A word wider than a line is cut between graphemes. Time is linear in the span's length.
 */
export function wrapFlow(text: string, span: Span, hidden: readonly Span[], width: number): Span[] {
  const cols = Math.max(1, width);
  const lines: Span[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let used = 0;
  let gap = 0;
  let wordStart = -1;
  let wordEnd = 0;
  let wordWidth = 0;

  const placeWord = () => {
    if (wordStart === -1) return;
    if (lineStart !== -1 && used + gap + wordWidth <= cols) {
      lineEnd = wordEnd;
      used += gap + wordWidth;
    } else {
      if (lineStart !== -1) lines.push({ start: lineStart, end: lineEnd });
      if (wordWidth <= cols) {
        lineStart = wordStart;
        lineEnd = wordEnd;
        used = wordWidth;
      } else {
        // Wider than a line: cut (hidden characters inside such a word count, a rare misfit the frame cuts).
        const parts = wrapRange(text, { start: wordStart, end: wordEnd }, cols);
        lines.push(...parts.slice(0, -1));
        const last = parts[parts.length - 1];
        lineStart = last.start;
        lineEnd = last.end;
        used = displayWidth(text.slice(last.start, last.end));
      }
    }
    gap = 0;
    wordStart = -1;
    wordWidth = 0;
  };

  for (const piece of visiblePieces(text, span, hidden)) {
    const slice = text.slice(piece.start, piece.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
      const from = piece.start + m.index;
      const token = m[0];
      if (token === '\n' || token[0] === ' ' || token[0] === '\t') {
        placeWord();
        gap = token === '\n' ? 1 : token.length;
      } else {
        if (wordStart === -1) wordStart = from;
        wordEnd = from + token.length;
        wordWidth += displayWidth(token);
      }
    }
  }
  placeWord();
  if (lineStart !== -1) lines.push({ start: lineStart, end: lineEnd });
  return lines;
}
