// Text helpers shared by the search stages: case and accent folding that keeps every
// offset in place, word boundaries, and a bounded edit distance.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A word as the index sees it: a run of letters, marks and digits. Global: use with matchAll or match. */
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/g;

/** Typographic quotes fold to their plain forms so `'russia's` finds "Russia’s". */
const PUNCTUATION_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
};

const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldedChars.get(ch);
  if (cached !== undefined) return cached;
  let out = PUNCTUATION_FOLDS[ch] ?? ch;
  if (out === ch) {
    // Lower-case and drop accents, but only when that keeps a single code unit:
    // highlights are offsets into the original text, so lengths must not change.
    const base = ch.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
    if (base.length === 1) out = base;
  }
  foldedChars.set(ch, out);
  return out;
}

/** Lower-cased, accent-free text with exactly the same length (and offsets) as `text`. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  // Rare letters whose lower case is longer ("İ"): fold one by one.
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Folded word tokens of a string, as the inverted index sees them. */
export function wordTokens(text: string): string[] {
  return foldText(text).match(WORD_RUN) ?? [];
}

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Every word of an already folded text with its offsets. */
export function wordsWithOffsets(folded: string): WordAt[] {
  const words: WordAt[] = [];
  for (const m of folded.matchAll(WORD_RUN)) {
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** True when [start, end) neither starts nor ends inside a word. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const startsClean = !isWordChar(text[start]) || !isWordChar(text[start - 1]);
  const endsClean = !isWordChar(text[end - 1]) || !isWordChar(text[end]);
  return startsClean && endsClean;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Edits a typo of a word this long may contain: none up to 3 letters (short words have too
 * many neighbours), 1 up to 7, 2 from 8.
 */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

// Three rows reused by every call: edit distances run thousands of times a keystroke.
let beforeRow = new Uint16Array(64);
let previousRow = new Uint16Array(64);
let currentRow = new Uint16Array(64);

/**
 * Damerau–Levenshtein distance (optimal string alignment: a transposition of two neighbouring
 * letters is one edit) between a and b if it is at most `max`, otherwise max + 1.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    beforeRow = new Uint16Array(b.length + 1);
    previousRow = new Uint16Array(b.length + 1);
    currentRow = new Uint16Array(b.length + 1);
  }
  let before = beforeRow;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], max + 1);
}

/** True when some start of `word` is a typo of `token` ("artiller" of "artiler"): a word still being typed. */
export function startsWithTypoOf(word: string, token: string, allowed: number): boolean {
  for (let length = token.length - 1; length <= token.length + 1; length++) {
    if (length < word.length && boundedEditDistance(word.slice(0, length), token, allowed) <= allowed) return true;
  }
  return false;
}
