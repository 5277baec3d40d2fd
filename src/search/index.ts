// Search over passages, headlines, quotes and entity names: an inverted index picks
// candidates, a word matcher and fuse.js score them, hits come back ranked in article offsets.
import type { Analysis } from '../analysis/types';
import type { Article } from '../corpus/types';
import { buildCandidateIndex, findCandidates } from './candidates';
import { collectDocuments } from './documents';
import { articleOutletFilter, documentFilter } from './filters';
import { compileBranch } from './match';
import { isSearchable, parseQuery, type QueryBranch } from './query';
import { betterScored, compareRanked, dropCovered, toHits } from './rank';
import { scoreCandidates, type ScoredDocument } from './score';
import type { SearchHit, SearchIndex, SearchOptions } from './types';

export { parseQuery, QUERY_SYNTAX_HELP } from './query';
// The candidate stage on its own, for lists that rank with their own rules (the TUI's quote filter).
export { buildCandidateIndex, findCandidates, type CandidateIndex } from './candidates';
export { wordTokens } from './text';
export type { ParsedQuery, QueryBranch, QueryTerm, TermKind } from './query';

/** Candidates scored per `|` branch: enough for a screen of results after filtering. */
const CANDIDATE_LIMIT = 200;
/** A query of filters only (`in:quotes by:putin`) lists at most this many documents. */
const LISTING_LIMIT = 1000;
const DEFAULT_LIMIT = 50;

/**
 * Indexes every sentence (FAQ questions and answers as `faq`), each headline and, when
 * `analysis` is given, each quote (with its speaker) and each entity's names. An entity
 * yields one hit per article that mentions it, at its first mention there in the form
 * that matched the query (else at its first mention).
 */
export function buildSearchIndex(articles: Article[], analysis?: Analysis): SearchIndex {
  const documents = collectDocuments(articles, analysis);
  return { articles, documents, candidates: buildCandidateIndex(documents) };
}

function listDocuments(index: SearchIndex, allow: ((id: number) => boolean) | null): number[] {
  const ids: number[] = [];
  for (const doc of index.documents) {
    if (ids.length >= LISTING_LIMIT) break;
    if (!allow || allow(doc.id)) ids.push(doc.id);
  }
  return ids;
}

/** Ranked hits for a query in the syntax of `QUERY_SYNTAX_HELP`; never throws on odd input. */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const parsed = parseQuery(query);
  if (!isSearchable(parsed)) return [];
  const allow = documentFilter(index, parsed);
  // Branches of exclusions alone say nothing to find; with no other branch they narrow a filter listing.
  const finding = parsed.branches.filter((b) => b.include.length);
  const branches: QueryBranch[] = finding.length
    ? finding
    : [{ include: [], exclude: parsed.branches.flatMap((b) => b.exclude) }];

  const best = new Map<number, ScoredDocument>();
  for (const branch of branches) {
    const ids = branch.include.length
      ? findCandidates(index.candidates, branch, allow, CANDIDATE_LIMIT)
      : listDocuments(index, allow);
    for (const scored of scoreCandidates(index.documents, ids, compileBranch(branch))) {
      const seen = best.get(scored.id);
      if (!seen || betterScored(scored, seen)) best.set(scored.id, scored);
    }
  }

  const outletOk = articleOutletFilter(index, parsed);
  const preferShort = branches.some((b) => b.include.some((t) => t.kind === 'word'));
  const ranked = [...best.values()]
    .flatMap((scored) => toHits(index, index.documents[scored.id], scored, outletOk, preferShort))
    .sort(compareRanked);
  return dropCovered(ranked)
    .slice(0, opts.limit ?? DEFAULT_LIMIT)
    .map((r) => r.hit);
}
