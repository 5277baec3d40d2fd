// Headlines: a stated title line at the top of the text, or one derived from the first sentence.
import type { Span } from './types';

const MAX_TITLE_CHARS = 120;
const MAX_TITLE_WORDS = 20;
const MAX_DERIVED_CHARS = 80;

/**
 * Whether a first line (trimmed) reads as a title: short, and not closed like a sentence or a
 * heading that introduces something (a final "." or ":" or ","; "?", "!", "..." and a closing
 * acronym such as "U.S." are fine).
 * The caller checks that more text follows and that the line is not a wrapped part of a paragraph.
 */
export function looksLikeTitle(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  if (s.length === 0 || s.length > MAX_TITLE_CHARS) return false;
  if (s.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  const closedLikeSentence = /(?:^|[^.])\.$/.test(s) && !/(?:^|\s)(?:\p{L}\.){2,}$/u.test(s);
  if (closedLikeSentence || /[:,;]$/.test(s)) return false;
  return /[\p{L}\p{N}]/u.test(s);
}

/** A title line's text as the headline: as written, but without markdown heading marks. */
export function titleText(s: string): string {
  return s.replace(/^#{1,6}\s+/, '').trim();
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Wire datelines open the first sentence of a story: a place, usually a month and day, then a
 * dash ("SALVADOR, Feb 26 - ", "RICHMOND, Va. Feb 26 - ", "MINNEAPOLIS, MINN.,March 13 - ",
 * "CALGARY, Alberta - "). A line that starts with one is not a title; a derived headline drops it.
 */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATELINES = [
  new RegExp(`^\\p{Lu}[\\p{L} .'’&,-]{1,60}?[,.\\s-]\\s*${MONTH_NAME}\\.?\\s*\\d{1,2}\\s*[-–—]+\\s+`, 'iu'),
  /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*,[^-–—\n]{0,50}[-–—]+\s+/u,
];

export function startsWithDateline(s: string): boolean {
  return datelineLength(s) > 0;
}

/** The length of the wire dateline that opens `s` (place, date and dash), or 0 when none does. */
export function datelineLength(s: string): number {
  for (const re of DATELINES) {
    const match = re.exec(s);
    if (match) return match[0].length;
  }
  return 0;
}

/** Lines that are a horizontal rule (`---`, `***`, `___`): layout, never headline text. */
const RULE_LINES = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;

/**
 * A headline made from the first sentence: dateline dropped, whitespace collapsed, and cut at a
 * word boundary with "…" when longer than about 80 characters.
 */
export function deriveHeadline(sentence: string): string {
  const s = DATELINES.reduce((t, re) => t.replace(re, ''), collapse(sentence.replace(RULE_LINES, ' ')));
  if (s.length <= MAX_DERIVED_CHARS) return s;
  const cut = s.slice(0, MAX_DERIVED_CHARS);
  const atSpace = cut.lastIndexOf(' ');
  const head = atSpace > MAX_DERIVED_CHARS / 2 ? cut.slice(0, atSpace) : cut;
  return head.replace(/[\s,;:.–—-]+$/, '') + '…';
}
