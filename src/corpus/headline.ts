// Headlines: a stated title line at the top of the text, or one derived from the first sentence.
import type { Span } from './types';

const MAX_TITLE_CHARS = 120;
const MAX_TITLE_WORDS = 20;
const MAX_DERIVED_CHARS = 80;

/**
 * Whether a first line (trimmed) reads as a title: short, and not closed like a sentence or a
 * heading that introduces something (a final "." or ":" or ","; "?", "!" and "..." are fine).
 * The caller checks that more text follows and that the line is not a wrapped part of a paragraph.
 */
export function looksLikeTitle(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  if (s.length === 0 || s.length > MAX_TITLE_CHARS) return false;
  if (s.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (/(?:^|[^.])\.$/.test(s) || /[:,;]$/.test(s)) return false;
  return /[\p{L}\p{N}]/u.test(s);
}

/** A title line's text as the headline: as written, but without markdown heading marks. */
export function titleText(s: string): string {
  return s.replace(/^#{1,6}\s+/, '').trim();
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Wire datelines ("SALVADOR, Feb 26 - ") place the story; they do not belong in a headline. */
const DATELINE = /^\p{Lu}[\p{L} .'’,-]{1,40}, \p{L}{3,9}\.? \d{1,2} [-–—] /u;

/**
 * A headline made from the first sentence: dateline dropped, whitespace collapsed, and cut at a
 * word boundary with "…" when longer than about 80 characters.
 */
export function deriveHeadline(sentence: string): string {
  const s = collapse(sentence).replace(DATELINE, '');
  if (s.length <= MAX_DERIVED_CHARS) return s;
  const cut = s.slice(0, MAX_DERIVED_CHARS);
  const atSpace = cut.lastIndexOf(' ');
  const head = atSpace > MAX_DERIVED_CHARS / 2 ? cut.slice(0, atSpace) : cut;
  return head.replace(/[\s,;:.–—-]+$/, '') + '…';
}
