// Where and how exactly each query term occurs in one candidate's (folded) text.
// Operators are matched here by regular expressions; fuzzy words by word resemblance.
import type { Span } from '../corpus/types';
import type { QueryBranch, QueryTerm } from './query';
import { boundedEditDistance, escapeRegExp, foldText, onWordBoundaries, startsWithTypoOf, typoAllowance, wordTokens, type WordAt } from './text';

/** How exactly a document matched, best last: ranking puts higher values first. */
export const Exactness = { Fuzzy: 0, Fragment: 1, WholeWords: 2, Phrase: 3 } as const;
export type Exactness = (typeof Exactness)[keyof typeof Exactness];

function lower(a: Exactness, b: Exactness): Exactness {
  return a < b ? a : b;
}

export interface TermMatch {
  /** Offsets into the document's text. */
  ranges: Span[];
  exactness: Exactness;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const WORD_GAP = '[^\\p{L}\\p{M}\\p{N}]+';

/** The operator as a pattern over folded text; whitespace in it matches any whitespace. */
function operatorPattern(term: QueryTerm): RegExp {
  const body = escapeRegExp(foldText(term.value.trim())).replace(/\s+/g, '\\s+');
  const boundedStart = term.kind === 'phrase' || term.kind === 'whole' || term.kind === 'prefix';
  const boundedEnd = (term.kind === 'phrase' && !term.open) || term.kind === 'whole' || term.kind === 'suffix';
  return new RegExp(`${boundedStart ? NOT_WORD_BEFORE : ''}${body}${boundedEnd ? NOT_WORD_AFTER : ''}`, 'gu');
}

function matchOperator(pattern: RegExp, folded: string): TermMatch | null {
  const ranges: Span[] = [];
  let whole = false;
  for (const m of folded.matchAll(pattern)) {
    if (!m[0]) continue;
    const range = { start: m.index, end: m.index + m[0].length };
    ranges.push(range);
    whole ||= onWordBoundaries(folded, range.start, range.end);
  }
  if (!ranges.length) return null;
  return { ranges, exactness: whole ? Exactness.WholeWords : Exactness.Fragment };
}

/** How a document word relates to a query word: equal, continues it, or a typo of (the start of) it. */
function resemblance(word: string, token: string): Exactness | null {
  if (word === token) return Exactness.WholeWords;
  if (word.startsWith(token)) return Exactness.Fragment;
  const allowed = typoAllowance(token.length);
  if (!allowed) return null;
  if (boundedEditDistance(word, token, allowed) <= allowed) return Exactness.Fuzzy;
  return startsWithTypoOf(word, token, allowed) ? Exactness.Fuzzy : null;
}

/** The document words that best resemble one query word; null when none does. */
function matchToken(words: readonly WordAt[], token: string, seen: Map<string, Exactness | null>): TermMatch | null {
  let best: Exactness | null = null;
  let ranges: Span[] = [];
  for (const w of words) {
    let level = seen.get(w.word);
    if (level === undefined) seen.set(w.word, (level = resemblance(w.word, token)));
    if (level === null) continue;
    if (best === null || level > best) {
      best = level;
      ranges = [];
    }
    // Whole words and their continuations are shown together; typos only when nothing better.
    if (level === best || level >= Exactness.Fragment) ranges.push({ start: w.start, end: w.end });
  }
  return best === null ? null : { ranges, exactness: best };
}

export interface CompiledBranch {
  branch: QueryBranch;
  /** The folded fuzzy words handed to fuse.js (single letters stay with the word matcher). */
  fuzzyWords: string[];
  /** Whether `match` reads the document's words (only fuzzy words need them). */
  needsWords: boolean;
  /** Matches one document: null when an included term is missing or an excluded one present. */
  match(folded: string, words: readonly WordAt[]): { ranges: Span[]; exactness: Exactness; unmatchedWords: boolean } | null;
}

/** Prepares a branch once per query, so matching a candidate is only running patterns. */
export function compileBranch(branch: QueryBranch): CompiledBranch {
  const operators = branch.include.filter((t) => t.kind !== 'word').map(operatorPattern);
  const wordTerms = branch.include.filter((t) => t.kind === 'word');
  const wordTokensInOrder = wordTerms.flatMap((t) => wordTokens(t.value));
  // Exclusions: a plain `!word` leaves out words starting with it.
  const exclusions = branch.exclude.map((t) => operatorPattern(t.kind === 'word' ? { ...t, kind: 'prefix' } : t));
  const asPhrase =
    wordTokensInOrder.length > 1
      ? new RegExp(NOT_WORD_BEFORE + wordTokensInOrder.map(escapeRegExp).join(WORD_GAP) + NOT_WORD_AFTER, 'u')
      : null;
  // Candidates share most of their words: each word is compared with each query word once.
  const resemblances = new Map(wordTokensInOrder.map((t) => [t, new Map<string, Exactness | null>()]));
  const fuzzyWords = wordTerms.map((t) => foldText(t.value)).filter((w) => w.length > 1);

  return {
    branch,
    fuzzyWords,
    needsWords: wordTokensInOrder.length > 0,
    match(folded, words) {
      for (const pattern of exclusions) {
        pattern.lastIndex = 0;
        if (pattern.test(folded)) return null;
      }
      const ranges: Span[] = [];
      let exactness: Exactness = Exactness.WholeWords;
      let unmatchedWords = false;
      for (const pattern of operators) {
        const found = matchOperator(pattern, folded);
        if (!found) return null;
        ranges.push(...found.ranges);
        exactness = lower(exactness, found.exactness);
      }
      for (const token of wordTokensInOrder) {
        const found = matchToken(words, token, resemblances.get(token)!);
        if (found) {
          ranges.push(...found.ranges);
          exactness = lower(exactness, found.exactness);
        } else if (token.length === 1) {
          return null;
        } else {
          // fuse.js may still accept it (a typo across a word boundary); it decides.
          unmatchedWords = true;
          exactness = Exactness.Fuzzy;
        }
      }
      if (exactness === Exactness.WholeWords && (!asPhrase || asPhrase.test(folded))) exactness = Exactness.Phrase;
      return { ranges, exactness, unmatchedWords };
    },
  };
}
