// Stage one: an inverted index (minisearch) narrows the documents to a few hundred
// candidates per query, so the costly fuzzy scoring never scans the whole corpus.
import MiniSearch, { type Query } from 'minisearch';
import type { QueryBranch, QueryTerm } from './query';
import { typoAllowance, wordTokens } from './text';
import type { SearchDocument } from './types';

export interface CandidateIndex {
  engine: MiniSearch<SearchDocument>;
  /** Every indexed word, sorted: suffix and infix operators expand against it. */
  vocabulary: string[];
}

/** An operator matching more indexed words than this stops narrowing (when the branch has other terms). */
const MAX_EXPANSION = 1000;

export function buildCandidateIndex(documents: readonly SearchDocument[]): CandidateIndex {
  const vocabulary = new Set<string>();
  const engine = new MiniSearch<SearchDocument>({
    fields: ['text'],
    storeFields: [],
    tokenize: wordTokens,
    processTerm: (term) => {
      vocabulary.add(term);
      return term;
    },
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  engine.addAll(documents);
  return { engine, vocabulary: [...vocabulary].sort() };
}

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

function expand(vocabulary: string[], spec: TokenSpec): string[] {
  const test = spec.mode === 'suffix' ? (w: string) => w.endsWith(spec.token) : (w: string) => w.includes(spec.token);
  return vocabulary.filter(test);
}

/** The minisearch query for one word, or null when it would not narrow anything. */
function tokenQuery(vocabulary: string[], spec: TokenSpec, alone: boolean): Query | null {
  switch (spec.mode) {
    case 'exact':
      return { queries: [spec.token], prefix: false, fuzzy: false };
    case 'prefix':
      return { queries: [spec.token], prefix: true, fuzzy: false };
    case 'fuzzy':
      return { queries: [spec.token], prefix: true, fuzzy: typoAllowance(spec.token.length) > 0 ? 0.2 : false };
    case 'suffix':
    case 'infix': {
      const words = expand(vocabulary, spec);
      if (words.length > MAX_EXPANSION && !alone) return null;
      // Shorter words first: when capped, the likeliest whole-word matches survive.
      const kept = words.length > MAX_EXPANSION ? words.sort((a, b) => a.length - b.length).slice(0, MAX_EXPANSION) : words;
      return { queries: kept.length ? kept : [spec.token], combineWith: 'OR', prefix: false, fuzzy: false };
    }
  }
}

/**
 * Ids of up to `limit` documents that may match the branch, best first by BM25.
 * The stage is lenient (prefixes, typos, whole words for phrases): scoring decides.
 */
export function findCandidates(
  index: CandidateIndex,
  branch: QueryBranch,
  allow: (id: number) => boolean,
  limit: number,
): number[] {
  let specs = branch.include.flatMap(tokenSpecs);
  // A single letter narrows little and expands to much: leave it to scoring when other words narrow.
  const longer = specs.filter((s) => s.token.length > 1);
  if (longer.length) specs = longer;
  const queries = specs
    .map((spec) => tokenQuery(index.vocabulary, spec, specs.length === 1))
    .filter((q): q is Query => q !== null);
  if (!queries.length) return [];
  const results = index.engine.search({ combineWith: 'AND', queries }, { filter: (r) => allow(r.id as number) });
  return results.slice(0, limit).map((r) => r.id as number);
}
