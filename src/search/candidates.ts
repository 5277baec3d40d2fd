// Stage one: an inverted index narrows the documents to a few hundred candidates per
// query, so the scoring stage never scans the whole corpus. Words live in minisearch's
// radix tree (SearchableMap: prefix and typo look-ups); each maps to the ids of the
// documents containing it. Candidates are the documents containing every query word (or
// a longer word it starts, or a typo of it), best first by how exactly their least exact
// word matched, then, for fuzzy words, shorter first (as fuse.js's field norm prefers),
// then reading order. minisearch's own search, which scores every match with BM25, cost
// 0.2-1.7 s a keystroke on 190k passages where a common word matches 60k of them.
import SearchableMap from 'minisearch/SearchableMap';
import type { QueryBranch, QueryTerm } from './query';
import { startsWithTypoOf, typoAllowance, wordTokens } from './text';
import type { SearchDocument } from './types';

export interface CandidateIndex {
  /** Indexed word → ids of the documents containing it, ascending. */
  postings: SearchableMap<Uint32Array>;
  /** Every indexed word, sorted: suffix, infix and typo-prefix look-ups scan it. */
  vocabulary: string[];
  /** Words per document, capped at 255. */
  lengths: Uint8Array;
}

export function buildCandidateIndex(documents: readonly SearchDocument[]): CandidateIndex {
  const lists = new Map<string, number[]>();
  const lengths = new Uint8Array(documents.length);
  for (const doc of documents) {
    const tokens = wordTokens(doc.text);
    lengths[doc.id] = Math.min(tokens.length, 255);
    for (const token of tokens) {
      let ids = lists.get(token);
      if (!ids) lists.set(token, (ids = []));
      if (ids[ids.length - 1] !== doc.id) ids.push(doc.id);
    }
  }
  const postings = new SearchableMap<Uint32Array>();
  for (const [word, ids] of lists) postings.set(word, Uint32Array.from(ids));
  return { postings, vocabulary: [...lists.keys()].sort(), lengths };
}

/** How a document word relates to a query word: itself, a longer word containing it, a typo. */
const EXACT = 3;
const LONGER = 2;
const TYPO = 1;

type TokenMode = 'exact' | 'prefix' | 'fuzzy' | 'suffix' | 'infix';

interface TokenSpec {
  token: string;
  mode: TokenMode;
}

/** How each word of a term must appear among the indexed words. */
function tokenSpecs(term: QueryTerm): TokenSpec[] {
  const tokens = wordTokens(term.value);
  const last = tokens.length - 1;
  return tokens.map((token, i): TokenSpec => {
    switch (term.kind) {
      case 'word':
        return { token, mode: token.length === 1 ? 'exact' : 'fuzzy' };
      case 'whole':
        return { token, mode: 'exact' };
      case 'phrase':
        return { token, mode: term.open && i === last ? 'prefix' : 'exact' };
      case 'prefix':
        return { token, mode: i === last ? 'prefix' : 'exact' };
      case 'suffix':
        return { token, mode: i === 0 ? 'suffix' : 'exact' };
      case 'substring':
        if (tokens.length === 1) return { token, mode: 'infix' };
        return { token, mode: i === 0 ? 'suffix' : i === last ? 'prefix' : 'exact' };
    }
  });
}

type Expansion = [ids: Uint32Array, level: number];

/** Words starting like `token` with a typo in that start: "artiler" finds "artillery". */
function typoPrefixes(index: CandidateIndex, token: string, expansions: Expansion[]): void {
  const allowed = typoAllowance(token.length);
  const { vocabulary } = index;
  // Typos rarely hit the first letter: scan only the words sharing it.
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid] < token[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < vocabulary.length && vocabulary[i][0] === token[0]; i++) {
    const word = vocabulary[i];
    if (startsWithTypoOf(word, token, allowed)) {
      expansions.push([index.postings.get(word)!, TYPO]);
    }
  }
}

/** The indexed words a query word may stand for, with their documents and how well each matches. */
function expand(index: CandidateIndex, spec: TokenSpec): Expansion[] {
  const { postings, vocabulary } = index;
  const { token, mode } = spec;
  const expansions: Expansion[] = [];
  const exact = postings.get(token);
  if (exact) expansions.push([exact, EXACT]);
  if (mode === 'prefix' || mode === 'fuzzy') {
    for (const [word, ids] of postings.atPrefix(token)) if (word !== token) expansions.push([ids, LONGER]);
  }
  if (mode === 'fuzzy') {
    const allowed = typoAllowance(token.length);
    if (allowed) {
      for (const [word, [ids, distance]] of postings.fuzzyGet(token, allowed)) {
        if (distance > 0 && !word.startsWith(token)) expansions.push([ids, TYPO]);
      }
      if (!expansions.length) typoPrefixes(index, token, expansions);
    }
  }
  if (mode === 'suffix' || mode === 'infix') {
    for (const word of vocabulary) {
      if (word !== token && (mode === 'suffix' ? word.endsWith(token) : word.includes(token))) {
        expansions.push([postings.get(word)!, LONGER]);
      }
    }
  }
  return expansions;
}

/** Per document, the best level any expansion gives it (0: not there). */
function levelsOf(expansions: Expansion[], size: number): Uint8Array {
  const levels = new Uint8Array(size);
  for (const [ids, level] of expansions) {
    for (let i = 0; i < ids.length; i++) if (levels[ids[i]] < level) levels[ids[i]] = level;
  }
  return levels;
}

const postingCount = (expansions: Expansion[]) => expansions.reduce((n, [ids]) => n + ids.length, 0);

/**
 * Ids of up to `limit` documents that may match the branch, best first. Lenient on purpose
 * (prefixes, typos, phrase words anywhere): the scoring stage decides what matches.
 */
export function findCandidates(
  index: CandidateIndex,
  branch: QueryBranch,
  allow: ((id: number) => boolean) | null,
  limit: number,
): number[] {
  const size = index.lengths.length;
  let specs = branch.include.flatMap(tokenSpecs);
  // A single letter narrows little and expands to much: leave it to scoring when other words narrow.
  const longer = specs.filter((s) => s.token.length > 1);
  if (longer.length) specs = longer;
  const expanded = specs
    .map((spec) => ({ spec, expansions: expand(index, spec) }))
    // A fuzzy word the index cannot place at all narrows nothing; fuse.js judges it on the others' candidates.
    .filter(({ spec, expansions }) => expansions.length || spec.mode !== 'fuzzy')
    .sort((a, b) => postingCount(a.expansions) - postingCount(b.expansions));
  if (!expanded.length || !expanded[0].expansions.length) return [];

  // Start from the rarest word, then keep the documents every other word is in too.
  // A document matches as well as its worst-matched word, as the scoring stage ranks it.
  // (Plain loops over typed arrays: this runs over tens of thousands of ids a keystroke.)
  const level = levelsOf(expanded[0].expansions, size);
  const ids = new Uint32Array(Math.min(size, postingCount(expanded[0].expansions)));
  let count = 0;
  for (let id = 0; id < size; id++) if (level[id] && (!allow || allow(id))) ids[count++] = id;
  for (const { expansions } of expanded.slice(1)) {
    const levels = levelsOf(expansions, size);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const id = ids[i];
      if (!levels[id]) continue;
      if (levels[id] < level[id]) level[id] = levels[id];
      ids[kept++] = id;
    }
    count = kept;
  }
  for (const term of branch.exclude) count = dropExcluded(index, term, ids, count);
  // fuse.js scores exact text 0 whatever the length, fuzzy words better in shorter passages.
  const byLength = specs.some((s) => s.mode === 'fuzzy');
  return bestFirst(ids.subarray(0, count), level, byLength ? index.lengths : null, limit);
}

/**
 * Drops documents an exclusion of one word rules out for certain (phrases are left to
 * scoring), compacting `ids` in place; returns how many remain.
 */
function dropExcluded(index: CandidateIndex, term: QueryTerm, ids: Uint32Array, count: number): number {
  const specs = tokenSpecs(term.kind === 'word' ? { ...term, kind: 'prefix' } : term);
  if (specs.length !== 1) return count;
  const excluded = levelsOf(expand(index, specs[0]).filter(([, level]) => level !== TYPO), index.lengths.length);
  let kept = 0;
  for (let i = 0; i < count; i++) if (!excluded[ids[i]]) ids[kept++] = ids[i];
  return kept;
}

/**
 * The first `limit` ids by (level desc, length asc when given), by counting sort; ids
 * arrive ascending, so reading order breaks ties.
 */
function bestFirst(ids: Uint32Array, level: Uint8Array, lengths: Uint8Array | null, limit: number): number[] {
  const buckets = new Uint16Array(ids.length);
  const counts = new Uint32Array((EXACT + 1) * 256 + 1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    buckets[i] = (EXACT - level[id]) * 256 + (lengths ? lengths[id] : 0);
    counts[buckets[i] + 1]++;
  }
  for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
  const first = new Array<number>(Math.min(limit, ids.length));
  for (let i = 0; i < ids.length; i++) {
    const position = counts[buckets[i]]++;
    if (position < first.length) first[position] = ids[i];
  }
  return first;
}
