// Finds quoted spans: the characters between a pair of double quotation marks.
// Straight marks (") have no direction, so each one is read from its neighbours.
// Curly single quotes (’) are apostrophes ("Russia’s") and straight single quotes
// mostly are too, so only double marks (and guillemets) delimit quotations.
import type { Span } from '../../corpus/types';

export interface QuotedSpan {
  /** The characters inside the marks. */
  inner: Span;
  /** Inner plus the marks themselves (the closing mark may be missing: see `closed`). */
  outer: Span;
  /** False when the quotation was closed implicitly (multi-paragraph convention). */
  closed: boolean;
}

type Direction = 'open' | 'close' | 'either';

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

function directionOf(text: string, i: number, from: number, to: number): Direction | null {
  const c = text[i];
  if (!OPENING.has(c) && !CLOSING.has(c) && c !== STRAIGHT) return null;
  const before = i > from ? text[i - 1] : ' ';
  const after = i + 1 < to ? text[i + 1] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013\/-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  // An opening mark typed where a closing one belongs ("the world“ and") closes an open quotation.
  if (OPENING.has(c)) return !spaceBefore && spaceAfter && /[\p{L}\p{N}.,!?]/u.test(before) ? 'either' : 'open';
  if (CLOSING.has(c)) return 'close';
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  // Whitespace on both sides: a stray mark, not a delimiter.
  if (/\s/u.test(before) && /\s/u.test(after)) return null;
  return 'either';
}

const MARK = /["“”«»„]/g;

/** The first quotation mark in text[from, to), or -1: looked for by one search instead of a test of every character. */
function nextMark(text: string, from: number, to: number): number {
  MARK.lastIndex = from;
  const m = MARK.exec(text);
  return m !== null && m.index < to ? m.index : -1;
}

/** False when the text has no double quotation mark: it then holds no quotation, whatever its entities. */
export function hasQuotationMarks(text: string): boolean {
  return nextMark(text, 0, text.length) >= 0;
}

/** The end of the text before `i`, trimmed of whitespace. */
function trimEnd(text: string, from: number, i: number): number {
  let e = i;
  while (e > from && /\s/u.test(text[e - 1])) e--;
  return e;
}

/**
 * Quoted spans within one paragraph. A new opening mark while a quotation is open
 * closes it implicitly when the open text ends a sentence ("…months. "We are…") —
 * the convention for a quotation running over several paragraphs, flattened into one.
 * An opening mark still open at the paragraph's end closes there only when the next
 * paragraph opens a quotation (`nextOpensQuote`); otherwise it is a stray mark.
 */
function quotedSpansIn(text: string, para: Span, nextOpensQuote: boolean): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1;
  const push = (o: number, innerEnd: number, outerEnd: number, closed: boolean) => {
    const inner = { start: o + 1, end: innerEnd };
    if (text.slice(inner.start, inner.end).trim() !== '') out.push({ inner, outer: { start: o, end: outerEnd }, closed });
  };
  for (let i = nextMark(text, para.start, para.end); i >= 0; i = nextMark(text, i + 1, para.end)) {
    const dir = directionOf(text, i, para.start, para.end);
    if (dir === null) continue;
    if (open < 0) {
      if (dir !== 'close') open = i;
      continue;
    }
    if (dir === 'open') {
      const e = trimEnd(text, open + 1, i);
      if (/[.!?,;:]$/u.test(text.slice(open + 1, e))) {
        push(open, e, e, false);
        open = i;
      }
      continue; // a nested opening mark inside an unfinished sentence: ignore it
    }
    push(open, i, i + 1, true);
    open = -1;
  }
  if (open >= 0 && nextOpensQuote) {
    const e = trimEnd(text, open + 1, para.end);
    push(open, e, e, false);
  }
  return out;
}

/** True when the paragraph's first character opens a quotation. */
export function opensWithQuote(text: string, para: Span): boolean {
  const c = text[para.start];
  return OPENING.has(c) || (c === STRAIGHT && directionOf(text, para.start, para.start, para.end) !== 'close');
}

/** Every quoted span in the article's paragraphs, in text order. */
export function findQuotedSpans(text: string, paragraphs: Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    out.push(...quotedSpansIn(text, p, next !== undefined && opensWithQuote(text, next)));
  });
  return out;
}
