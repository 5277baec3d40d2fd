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

interface TermMatch {
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

/**
 * The document words that resemble one query word, and how well the best does; null when
 * none does. Whole words and their continuations are shown together; typos only when
 * nothing better is there.
 */
function matchToken(words: readonly WordAt[], token: string, seen: Map<string, Exactness | null>): TermMatch | null {
  const found: { level: Exactness; range: Span }[] = [];
  let best: Exactness = Exactness.Fuzzy;
  for (const w of words) {
    let level = seen.get(w.word);
    if (level === undefined) seen.set(w.word, (level = resemblance(w.word, token)));
    if (level === null) continue;
    found.push({ level, range: { start: w.start, end: w.end } });
    if (level > best) best = level;
  }
  if (!found.length) return null;
  const shown = found.filter((f) => (best === Exactness.Fuzzy ? true : f.level >= Exactness.Fragment));
  return { ranges: shown.map((f) => f.range), exactness: best };
}

/** A query word a document has only as typos (`words`), or not at all (`words` empty). */
interface Typo {
  token: string;
  words: string[];
}

export interface BranchMatch {
  /** Offsets into the document's text. */
  ranges: Span[];
  exactness: Exactness;
  /** Query words found here only as typos, or not at all: fuse.js judges those. */
  typos: Typo[];
}

export interface CompiledBranch {
  branch: QueryBranch;
  /** Matches one document: null when an included term is missing or an excluded one present. */
  match(doc: { folded: string; words: readonly WordAt[] }): BranchMatch | null;
}

/** Prepares a branch once per query, so matching a candidate is only running patterns. */
export function compileBranch(branch: QueryBranch): CompiledBranch {
  const operators = branch.include.filter((t) => t.kind !== 'word').map(operatorPattern);
  const tokens = branch.include.filter((t) => t.kind === 'word').flatMap((t) => wordTokens(t.value));
  // Exclusions: a plain `!word` leaves out words starting with it.
  const exclusions = branch.exclude.map((t) => operatorPattern(t.kind === 'word' ? { ...t, kind: 'prefix' } : t));
  const asPhrase =
    tokens.length > 1 ? new RegExp(NOT_WORD_BEFORE + tokens.map(escapeRegExp).join(WORD_GAP) + NOT_WORD_AFTER, 'u') : null;
  // Candidates share most of their words: each word is compared with each query word once.
  const resemblances = new Map(tokens.map((t) => [t, new Map<string, Exactness | null>()]));

  return {
    branch,
    match(doc) {
      // Words are read only for fuzzy words: filters and operators never split the text.
      const { folded } = doc;
      for (const pattern of exclusions) {
        pattern.lastIndex = 0;
        if (pattern.test(folded)) return null;
      }
      const ranges: Span[] = [];
      let exactness: Exactness = Exactness.WholeWords;
      for (const pattern of operators) {
        const found = matchOperator(pattern, folded);
        if (!found) return null;
        ranges.push(...found.ranges);
        exactness = lower(exactness, found.exactness);
      }
      const typos: Typo[] = [];
      for (const token of tokens) {
        const found = matchToken(doc.words, token, resemblances.get(token)!);
        // A single letter is never a typo: it is there as typed or the document does not match.
        if (!found && token.length === 1) return null;
        if (found) ranges.push(...found.ranges);
        exactness = lower(exactness, found ? found.exactness : Exactness.Fuzzy);
        if (!found || found.exactness === Exactness.Fuzzy) {
          typos.push({ token, words: found ? found.ranges.map((r) => folded.slice(r.start, r.end)) : [] });
        }
      }
      if (exactness === Exactness.WholeWords && (!asPhrase || asPhrase.test(folded))) exactness = Exactness.Phrase;
      return { ranges, exactness, typos };
    },
  };
}
