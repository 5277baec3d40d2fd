// Search over passages, headlines, quotes and entity names: an inverted index picks
// candidates, fuse.js scores them, and hits come back ranked with article offsets.
import type { Analysis } from '../analysis/types';
import type { Article, Span } from '../corpus/types';
import { buildCandidateIndex, findCandidates } from './candidates';
import { collectDocuments } from './documents';
import { coveredBy, toArticleOffsets } from './highlight';
import { compileBranch, type Exactness } from './match';
import { namesMatch } from './names';
import { isSearchable, parseQuery, type ParsedQuery, type QueryBranch } from './query';
import { scoreCandidates, type ScoredDocument } from './score';
import type { HitKind, SearchDocument, SearchHit, SearchIndex, SearchOptions } from './types';

export { parseQuery, QUERY_SYNTAX_HELP } from './query';
export type { ParsedQuery, QueryBranch, QueryTerm, TermKind } from './query';

/** Candidates scored per `|` branch: enough for a screen of results after filtering. */
const CANDIDATE_LIMIT = 200;
/** A query of filters only (`in:quotes by:putin`) lists at most this many documents. */
const LISTING_LIMIT = 1000;
const DEFAULT_LIMIT = 50;

/** Headlines and quotes above entity names above body text. */
const KIND_PRIORITY: Record<HitKind, number> = { headline: 2, quote: 2, entity: 1, faq: 0, text: 0 };

/**
 * Indexes every sentence (FAQ questions and answers as `faq`), each headline and, when
 * `analysis` is given, each quote (with its speaker) and each entity's names. An entity
 * yields one hit per article that mentions it, located at its first mention there.
 */
export function buildSearchIndex(articles: Article[], analysis?: Analysis): SearchIndex {
  const documents = collectDocuments(articles, analysis);
  return { articles, documents, candidates: buildCandidateIndex(documents) };
}

/** Which documents the query's filters (`in:`, `by:`, `outlet:`) let through; null when all. */
function documentFilter(index: SearchIndex, parsed: ParsedQuery): ((id: number) => boolean) | null {
  if (!parsed.kinds.length && !parsed.speakers.length && !parsed.outlets.length) return null;
  const kinds = new Set(parsed.kinds);
  const outletOk = articleOutletFilter(index, parsed);
  // Many quotes share a speaker: judge each set of names once.
  const speakerVerdicts = new Map<string, boolean>();
  const speakerOk = (names: string[]) => {
    const key = names.join('\u0000');
    let ok = speakerVerdicts.get(key);
    if (ok === undefined) speakerVerdicts.set(key, (ok = parsed.speakers.every((s) => namesMatch(s, names))));
    return ok;
  };
  return (id) => {
    const doc = index.documents[id];
    if (kinds.size && !kinds.has(doc.kind)) return false;
    if (parsed.speakers.length && !speakerOk(doc.speakerNames ?? [])) return false;
    return doc.article < 0 || outletOk(doc.article);
  };
}

function articleOutletFilter(index: SearchIndex, parsed: ParsedQuery): (article: number) => boolean {
  if (!parsed.outlets.length) return () => true;
  const verdicts = new Map<number, boolean>();
  return (article) => {
    let ok = verdicts.get(article);
    if (ok === undefined) {
      const outlet = index.articles[article].outlet.value;
      ok = outlet !== null && parsed.outlets.some((o) => namesMatch(o, [outlet]));
      verdicts.set(article, ok);
    }
    return ok;
  };
}

function listDocuments(index: SearchIndex, allow: ((id: number) => boolean) | null): number[] {
  const ids: number[] = [];
  for (const doc of index.documents) {
    if (ids.length >= LISTING_LIMIT) break;
    if (!allow || allow(doc.id)) ids.push(doc.id);
  }
  return ids;
}

interface RankedHit {
  hit: SearchHit;
  exactness: Exactness;
  kindPriority: number;
  fuzziness: number;
  /** Words in the passage when shorter should win (fuzzy words), else 0. */
  length: number;
  article: number;
  start: number;
}

/**
 * Exact before fuzzy, headlines and quotes before body text, closer before looser, for
 * fuzzy words the shorter passage (where the words weigh more, as fuse.js's field norm
 * has it), then reading order.
 */
function compareRanked(a: RankedHit, b: RankedHit): number {
  return (
    b.exactness - a.exactness ||
    b.kindPriority - a.kindPriority ||
    a.fuzziness - b.fuzziness ||
    a.length - b.length ||
    a.article - b.article ||
    a.start - b.start
  );
}

function betterScored(a: ScoredDocument, b: ScoredDocument): boolean {
  return a.exactness > b.exactness || (a.exactness === b.exactness && a.fuzziness < b.fuzziness);
}

function toHits(
  index: SearchIndex,
  doc: SearchDocument,
  scored: ScoredDocument,
  outletOk: (a: number) => boolean,
  preferShort: boolean,
): RankedHit[] {
  const kindPriority = KIND_PRIORITY[doc.kind];
  const score = scored.exactness * 100 + kindPriority * 10 + (1 - scored.fuzziness) * 9;
  const ranked = (article: number, hit: Omit<SearchHit, 'score' | 'kind'>): RankedHit => ({
    hit: { ...hit, kind: doc.kind, score },
    exactness: scored.exactness,
    kindPriority,
    fuzziness: scored.fuzziness,
    length: preferShort ? index.candidates.lengths[doc.id] : 0,
    article,
    start: hit.start,
  });
  if (doc.kind === 'entity') {
    // One hit per article that mentions the entity, at the first mention, which is what matched.
    return (doc.firstMentions ?? [])
      .filter((m) => outletOk(m.article))
      .map(({ article, span }) => {
        const text = index.articles[article].text.slice(span.start, span.end);
        return ranked(article, { article: index.articles[article].id, text, ...span, highlights: [{ ...span }], entity: doc.entity });
      });
  }
  const highlights = doc.start >= 0 ? toArticleOffsets(scored.ranges, doc.start) : [];
  const hit = { article: index.articles[doc.article].id, text: doc.text, start: doc.start, end: doc.end, highlights };
  return [ranked(doc.article, doc.speaker ? { ...hit, speaker: doc.speaker } : hit)];
}

/** A sentence whose every match lies inside a quote or headline already listed adds nothing. */
function dropCovered(ranked: RankedHit[]): RankedHit[] {
  const containers = new Map<string, Span[]>();
  for (const { hit } of ranked) {
    if ((hit.kind === 'quote' || hit.kind === 'headline') && hit.start >= 0) {
      const list = containers.get(hit.article) ?? [];
      list.push(hit);
      containers.set(hit.article, list);
    }
  }
  return ranked.filter(({ hit }) => {
    if (hit.kind !== 'text' && hit.kind !== 'faq') return true;
    return !(containers.get(hit.article) ?? []).some((span) => coveredBy(hit.highlights, span));
  });
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
