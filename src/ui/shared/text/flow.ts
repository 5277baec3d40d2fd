// Re-flowed text: a paragraph's words wrapped to the width as if its line breaks were blanks, with
// markup it hides (Markdown's `**`, a link's URL) taking no room. Lines stay spans of the text, so
// marks (search hits, mentions, quotes) apply to them as to any other line.
import type { Span } from '../../../corpus/types';
import { isNarrowCode } from './graphemes';
import { displayWidth, wrapRange } from './wrap';

const NEWLINE = 10;
const isBlank = (c: number) => c === 32 || c === 9;

/** The blanks around a line break (the break itself is shown, as one blank). */
const BREAK = /[ \t]*\n[ \t]*/g;

/**
 * The parts of text[span) a re-flowed block shows: all but its hidden ranges (sorted, disjoint) and
 * the blanks around each line break.
 */
export function visiblePieces(text: string, span: Span, hidden: readonly Span[]): Span[] {
  // Most lines of a frame: nothing hidden, no break. A frame asks for each line it draws.
  const first = firstEndingAfter(hidden, span.start);
  if ((first === hidden.length || hidden[first].start >= span.end) && !hasBreak(text, span)) return span.end > span.start ? [span] : [];
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
  let i = first;
  let k = 0;
  while ((i < hidden.length && hidden[i].start < span.end) || k < gone.length) {
    const takeHidden = k >= gone.length || (i < hidden.length && hidden[i].start < span.end && hidden[i].start <= gone[k].start);
    skip(takeHidden ? hidden[i++] : gone[k++]);
  }
  if (span.end > at) pieces.push({ start: at, end: span.end });
  return pieces;
}

function hasBreak(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
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

  // A loop over char codes, not a tokenising regex: the reader lays out a whole article this way
  // for each article the list's cursor passes over, and most words are measured by their length.
  for (const piece of visiblePieces(text, span, hidden)) {
    let i = piece.start;
    while (i < piece.end) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        placeWord();
        gap = 1;
        i++;
      } else if (isBlank(c)) {
        let j = i + 1;
        while (j < piece.end && isBlank(text.charCodeAt(j))) j++;
        placeWord();
        gap = j - i;
        i = j;
      } else {
        let j = i;
        let narrow = true;
        for (; j < piece.end; j++) {
          const d = text.charCodeAt(j);
          if (d === NEWLINE || isBlank(d)) break;
          if (narrow && !isNarrowCode(d)) narrow = false;
        }
        if (wordStart === -1) wordStart = i;
        wordEnd = j;
        wordWidth += narrow ? j - i : displayWidth(text.slice(i, j));
        i = j;
      }
    }
  }
  placeWord();
  if (lineStart !== -1) lines.push({ start: lineStart, end: lineEnd });
  return lines;
}
