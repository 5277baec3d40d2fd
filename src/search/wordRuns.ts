// The word runs of a text (what WORD_RUN matches: letters, marks and digits), found by reading
// code units, without a match object or a string per word: the index build reads every word of
// the corpus, and on Reuters those allocations were most of a cold build's garbage.
import { HASH_START, hashStep } from './termTable';
import { WORD_RUN } from './text';

const WORD_CHAR = new RegExp(`^${WORD_RUN.source.replace(/\+$/, '')}$`, 'u');

/** Per code unit: 1 a word character, 2 not, 0 not asked yet (lone surrogates are not). */
const unitKind = new Uint8Array(0x10000);
const astralKind = new Map<number, boolean>();

function isWordUnit(code: number): boolean {
  let kind = unitKind[code];
  if (kind === 0) unitKind[code] = kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

function isWordCodePoint(cp: number): boolean {
  let yes = astralKind.get(cp);
  if (yes === undefined) astralKind.set(cp, (yes = WORD_CHAR.test(String.fromCodePoint(cp))));
  return yes;
}

/** Code units taken by the word character at `i`: 1, 2 (a surrogate pair), or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

/** ASCII word characters (letters and digits), by code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

/** Code units taken by the character at `i` when it is a word's, else 0. */
const stepAt = (text: string, i: number, code: number) => (code < 128 ? ASCII_WORD[code] : wordCharAt(text, i));

/** Calls `visit(start, end, hash)` for each word run of `text`, in order, with the run's hashRange (termTable.ts). */
export function forEachWordRun(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let step = stepAt(text, i, code);
    if (!step) {
      // A high surrogate that is not a word character's takes its pair along, as the regex reads code points.
      i += (code & 0xfc00) === 0xd800 && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    let h = HASH_START;
    for (;;) {
      h = hashStep(h, code);
      if (step === 2) h = hashStep(h, text.charCodeAt(i + 1));
      i += step;
      if (i >= n) break;
      code = text.charCodeAt(i);
      step = stepAt(text, i, code);
      if (!step) break;
    }
    visit(start, i, h);
  }
}
