// Rule-based sentence splitting over offsets. A sentence ends at `.`, `?`, `!` or an ellipsis
// followed by whitespace (closing quotes and brackets stay with it), unless the next word starts
// in lower case or the period belongs to an abbreviation. Blank lines always end a sentence;
// single line breaks (hard-wrapped text) do not.
import type { Span } from './types';

const TERMINATORS = new Set(['.', '?', '!', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}']);
/** An opening quotation mark after an abbreviation starts a new (quoted) sentence; a bracket does not. */
const OPENING_QUOTES = new Set(['"', '“', '‘', '«']);

/**
 * Titles stand before a name, so their period never ends a sentence ("Mr. Kim", "Gen. Lee",
 * "Del. Jane Doe"). Lower case; the quote extractor reads the same list (analysis/quotes/frames.ts).
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'st', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mme', 'mt', 'ft', 'fr', 'del',
]);
const TITLES = TITLE_ABBREVIATIONS;

/** These introduce what follows, so they never end a sentence ("e.g. Seoul", "Arsenal vs. Chelsea"). */
const INTRODUCING = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'approx', 'ca']);

/** Abbreviations that take a number: no break before a digit ("Sept. 10", "No. 5"). */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'sec', 'ch', 'para']);

/** Abbreviations that may also close a sentence: "in the U.S. The next", "Acme Inc. It said". */
const AMBIGUOUS = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'jr', 'sr', 'etc', 'a.m', 'p.m']);

/**
 * After an ambiguous abbreviation a sentence ends only if the next word is one that commonly opens
 * a sentence; a capitalised word outside this list is taken as a continuation of a name
 * ("U.S. State Department", "John F. Kennedy"). Simple, predictable, and wrong only on rare texts.
 */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'here', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'as', 'by',
  'for', 'from', 'with', 'to', 'of', 'after', 'before', 'when', 'while', 'if', 'but', 'and', 'or',
  'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'then', 'now', 'some', 'many', 'most', 'all',
  'both', 'each', 'no', 'not', 'other', 'another', 'such', 'since', 'although', 'though', 'because',
  'what', 'who', 'why', 'how', 'where', 'which', 'earlier', 'later', 'last', 'next', 'during',
  'under', 'over', 'according', 'despite', 'instead', 'officials', 'analysts', 'shares', 'sales',
  'profits', 'prices', 'yesterday', 'today', 'tomorrow', 'one', 'two', 'three',
]);

/**
 * Sentence spans inside `range` of `text`, trimmed of surrounding whitespace. A blank line inside
 * the range always ends a sentence; pass one paragraph at a time when single line breaks also
 * separate paragraphs.
 */
export function splitSentences(text: string, range: Span): Span[] {
  const out: Span[] = [];
  for (const block of blocksBetweenBlankLines(text, range)) splitBlock(text, block, out);
  return out;
}

function splitBlock(text: string, block: Span, out: Span[]): void {
  let start = block.start;
  for (let i = block.start; i < block.end; ) {
    i = nextTerminator(text, i, block.end);
    if (i === -1) break;
    let afterMark = i;
    while (afterMark < block.end && TERMINATORS.has(text[afterMark])) afterMark++;
    while (afterMark < block.end && CLOSERS.has(text[afterMark])) afterMark++;
    // "2.5", "U.S.-led", "bbc.co.uk": a terminator glued to the next character ends nothing,
    // except an ellipsis run into a capital, as wire digests write "EEP...The Canadian".
    if (afterMark < block.end && isEllipsisBeforeCapital(text, i, afterMark) && hasWord(text, start, i)) {
      pushTrimmed(text, start, afterMark, out, block.start);
      start = afterMark;
      i = afterMark;
      continue;
    }
    if (afterMark < block.end && !isSpace(text[afterMark])) {
      i = afterMark;
      continue;
    }
    let next = afterMark;
    while (next < block.end && isSpace(text[next])) next++;
    if (next < block.end && endsSentence(text, i, afterMark, next)) {
      pushTrimmed(text, start, afterMark, out, block.start);
      start = next;
    }
    i = Math.max(next, i + 1);
  }
  pushTrimmed(text, start, block.end, out, block.start);
}

/** The first terminator in text[from, end), or -1. (A regex searching on past the block made many blocks quadratic.) */
function nextTerminator(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (TERMINATORS.has(text[k])) return k;
  return -1;
}

/** Whether the terminator run starting at `mark` ends a sentence, given the next word at `next`. */
function endsSentence(text: string, mark: number, afterMark: number, next: number): boolean {
  const nextChar = text[next];
  if (isLower(nextChar)) return false;
  let run = '';
  for (let k = mark; k < afterMark && TERMINATORS.has(text[k]); k++) run += text[k];
  if (run !== '.') return true; // "?", "!", "?!", "...", "…"
  const word = wordBefore(text, mark);
  if (word === '') return true;
  const key = word.toLowerCase();
  if (TITLES.has(key) || INTRODUCING.has(key)) return false;
  const nextIsDigit = /\d/.test(nextChar);
  if ((MONTHS.has(key) || BEFORE_NUMBER.has(key)) && nextIsDigit) return false;
  const isInitial = /^\p{Lu}$/u.test(word);
  const isDottedAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (AMBIGUOUS.has(key) || MONTHS.has(key) || isInitial || isDottedAcronym) {
    if (OPENING_QUOTES.has(nextChar)) return !isInitial;
    return SENTENCE_OPENERS.has(wordAt(text, next).toLowerCase());
  }
  return true;
}

function hasWord(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(start, end));
}

function isEllipsisBeforeCapital(text: string, mark: number, afterMark: number): boolean {
  const run = text.slice(mark, afterMark);
  return (run.startsWith('...') || run.startsWith('…')) && /\p{Lu}/u.test(text[afterMark]);
}

/** The letters-and-dots token that ends just before `mark` ("U.S" for "U.S.", "Mr" for "Mr."). */
function wordBefore(text: string, mark: number): string {
  let k = mark;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1])) k--;
  return text.slice(k, mark).replace(/^\.+/, '');
}

function wordAt(text: string, pos: number): string {
  const m = /^[\p{L}']+/u.exec(text.slice(pos, pos + 40));
  return m ? m[0] : '';
}

function blocksBetweenBlankLines(text: string, range: Span): Span[] {
  const blocks: Span[] = [];
  const blank = /\n[^\S\n]*\n/g;
  const slice = text.slice(range.start, range.end);
  let start = 0;
  for (let m = blank.exec(slice); m; m = blank.exec(slice)) {
    blocks.push({ start: range.start + start, end: range.start + m.index });
    start = m.index + m[0].length - 1;
    blank.lastIndex = start;
  }
  if (start < slice.length) blocks.push({ start: range.start + start, end: range.end });
  return blocks;
}

/** Pushes the trimmed sentence; stray punctuation ("in the US. .") joins the sentence before it. */
function pushTrimmed(text: string, start: number, end: number, out: Span[], blockStart: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end <= span.start) return;
  const last = out[out.length - 1];
  if (last && last.end >= blockStart && !hasWord(text, span.start, span.end)) last.end = span.end;
  else out.push(span);
}

/** The span without leading and trailing whitespace (including no-break spaces). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** White space as \s means it; ASCII answered without the pattern (trimSpan asks of every span's ends, the splitter after every terminator). */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

function isLower(c: string): boolean {
  return /\p{Ll}/u.test(c);
}
