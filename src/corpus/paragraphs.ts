// Paragraph spans over offsets. Three layouts occur in news text: paragraphs separated by blank
// lines; one paragraph per line with no blank lines; and hard-wrapped text (wire copy, ~65
// columns) where wrapped lines continue a paragraph and a new one starts with indentation.
// A table row (words set in columns) is a paragraph of its own whatever the layout.
import { trimSpan } from './sentences';
import type { Span } from './types';

/** Longest line we still read as hard-wrapped; prose written one paragraph per line runs longer. */
const MAX_WRAP_WIDTH = 100;

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line's end (its newline, or the end of the range). */
  end: number;
}

/** The lines of `range`, without their newline characters. */
export function linesIn(text: string, range: Span): Line[] {
  const lines: Line[] = [];
  let start = range.start;
  while (start <= range.end) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > range.end) end = range.end;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Whether the line holds only white space (what trim() removes), read in place. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITE.test(text[i])) return false;
  }
  return true;
}

const WHITE = /\s/;

/** Paragraph spans in `range`, trimmed, in order. */
export function splitParagraphs(text: string, range: Span): Span[] {
  return [...paragraphsIn(text, range)];
}

/** The first paragraph of `range` (as splitParagraphs finds it), reading no further than its block. */
export function firstParagraph(text: string, range: Span): Span | null {
  return paragraphsIn(text, range).next().value ?? null;
}

/** Paragraph spans in `range`, trimmed, in order: each found when it is asked for. */
export function* paragraphsIn(text: string, range: Span): Generator<Span, void> {
  for (const block of blocksOfLines(text, range)) {
    const wrapped = isHardWrapped(text, block);
    let first = 0;
    // Whether block[k - 1] is a table row, once asked: each line is asked about at most once.
    let previousIsRow: boolean | null = null;
    for (let k = 1; k <= block.length; k++) {
      if (k < block.length) {
        const line = block[k];
        const previous = block[k - 1];
        let cut = wrapped ? startsParagraph(text, previous, line) : !continuesSentence(text, previous, line);
        let isRow: boolean | null = null;
        if (!cut) {
          isRow = isTableRow(text, line);
          cut = isRow || (previousIsRow ?? isTableRow(text, previous));
        }
        previousIsRow = isRow;
        if (!cut) continue;
      }
      // Wrapped text keeps a paragraph's trailing blanks up to the next line (trimmed below).
      const end = wrapped && k < block.length ? block[k].start : block[k - 1].end;
      const span = trimSpan(text, { start: block[first].start, end });
      if (span.end > span.start) yield span;
      first = k;
    }
  }
}

/** Runs of non-blank lines, split at blank lines, each read when asked for. */
function* blocksOfLines(text: string, range: Span): Generator<Line[], void> {
  let current: Line[] = [];
  for (let start = range.start; start <= range.end; ) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > range.end) end = range.end;
    const line = { start, end };
    start = end + 1;
    if (isBlank(text, line)) {
      if (current.length) yield current;
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) yield current;
}

/**
 * A block is hard-wrapped when some line after the first is indented (wire copy marks paragraphs
 * so), or when its lines are all short and at least half of them (the last aside) stop
 * mid-sentence: a list of one-sentence lines ends each line with punctuation, wrapped prose
 * mostly does not.
 */
export function isHardWrapped(text: string, block: Line[]): boolean {
  if (block.length < 2) return false;
  // Indented lines mark wire-copy paragraphs, even when one line (often the dateline's) runs long.
  if (block.slice(1).some((l) => /^(?: {2}|\t)/.test(text.slice(l.start, l.end)))) return true;
  if (block.some((l) => text.slice(l.start, l.end).trimEnd().length > MAX_WRAP_WIDTH)) return false;
  const inner = block.slice(0, -1);
  const closed = inner.filter((l) => /[.!?:"”’]$/.test(text.slice(l.start, l.end).trimEnd())).length;
  return closed * 2 <= inner.length;
}

/**
 * One line of words set in columns: a gap of three or more blanks (or a tab) between words, or two gaps of two.
 * A gap after a sentence's end is typewriter spacing ("said.   He added"), not a column.
 */
export function isTableRow(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  if (s.includes('\n')) return false;
  // Both patterns need two blanks or a tab after a word: most lines have neither, and are answered without them.
  const words = s.trimStart();
  if (!words.includes('  ') && !words.includes('\t')) return false;
  if (/[^\s.?!](?: {3}|\t)[ \t]*\S/.test(s)) return true;
  const twoBlankGaps = s.match(/[^\s.?!:;,"'”’)] {2}(?=\S)/g);
  return twoBlankGaps !== null && twoBlankGaps.length >= 2;
}

/**
 * In text written one paragraph per line, a line that opens in lower case after a line not closed
 * by "." or "!" is the rest of a sentence broken by a stray line break ("Christmas?\nhas gone").
 */
function continuesSentence(text: string, previous: Line, line: Line): boolean {
  if (!/^\p{Ll}/u.test(text.slice(line.start, line.start + 1))) return false;
  return !/[.!]["”’']?$/.test(text.slice(previous.start, previous.end).trimEnd());
}

/**
 * Inside wrapped text a paragraph starts at an indented line, or at a list item ("- ", "* ", "• ")
 * after a line ending in ":" or ";" or after another item, or a capitalised item after a sentence;
 * "- " after a bare word is a dash that the wrapping happened to put first on the line.
 */
function startsParagraph(text: string, previous: Line, line: Line): boolean {
  // Asked of every line of wrapped text: read as characters, not matched as patterns.
  const first = text[line.start];
  if (first === ' ' || first === '\t') return true;
  if (!(first === '-' || first === '*' || first === '•') || text[line.start + 1] !== ' ') return false;
  const before = text.slice(previous.start, previous.end).trimEnd();
  if (/[:;]$/.test(before) || /^\s*[-*•] /.test(before)) return true;
  return /[.!?"”’)]$/.test(before) && /^[-*•] \P{Ll}/u.test(text.slice(line.start, line.end));
}
