// The Quotes view's candidate stage: the search module's inverted index (minisearch's radix
// tree: prefixes and typos) over the quotes alone, each with its speaker's names, so a typed
// filter narrows ten thousand quotes to those holding every word before fuse.js ranks them.
import type { Quote } from '../../../analysis/types';
import { buildCandidateIndex, findCandidates, type CandidateIndex } from '../../../search';
import type { SearchDocument } from '../../../search/types';
import type { AnalysisData } from '../../sources/analysis/data';

export interface QuoteIndex {
  /** All quotes in reading order (by article, then position); ids of the candidate stage index it. */
  quotes: readonly Quote[];
  candidates: CandidateIndex;
}

/** The names a quote's speaker goes by: as written, and the linked entity's name and aliases. */
function speakerNames(q: Quote, data: AnalysisData): string[] {
  if (!q.speaker) return [];
  const entity = q.speaker.entity ? data.byId.get(q.speaker.entity)?.entity : undefined;
  return [...new Set([q.speaker.name, ...(entity ? [entity.name, ...entity.aliases] : [])])];
}

function buildQuoteIndex(data: AnalysisData): QuoteIndex {
  const quotes = [...data.quotesByArticle.keys()].sort((a, b) => a - b).flatMap((i) => data.quotesByArticle.get(i) ?? []);
  const documents: SearchDocument[] = quotes.map((q, id) => ({
    id,
    kind: 'quote',
    article: data.articleIndex.get(q.article) ?? -1,
    start: q.span.start,
    end: q.span.end,
    text: [q.text, ...speakerNames(q, data)].join('\n'),
  }));
  return { quotes, candidates: buildCandidateIndex(documents) };
}

const built = new WeakMap<AnalysisData, QuoteIndex>();

/** Built on first use and kept with the analysis it indexes. */
export function quoteIndexFor(data: AnalysisData): QuoteIndex {
  let index = built.get(data);
  if (!index) built.set(data, (index = buildQuoteIndex(data)));
  return index;
}

/**
 * Ids of the quotes holding every word of `query` (or a longer word it starts, or a typo of
 * it) in their text or speaker's names, best first: exact words before continuations before
 * typos, then shorter, then reading order. `allow` narrows them (a chosen speaker).
 */
export function quoteCandidates(index: QuoteIndex, query: string, allow: ((id: number) => boolean) | null): number[] {
  const branch = { include: [{ kind: 'word' as const, value: query }], exclude: [] };
  return findCandidates(index.candidates, branch, allow, index.quotes.length);
}
