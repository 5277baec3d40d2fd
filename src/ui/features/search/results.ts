// Search results as the screen lists them: one entry per matching article, in rank order,
// each a heading row and a row for its best passage. Every matching article is listed (the
// count is exact); only the entries on screen are ranked and cut into passages, so a query
// matching thousands of articles costs no more to show than one matching ten.
import { search } from '../../../search';
import type { ArticleResult, SearchIndex, SearchResults as EngineResults, Snippet } from '../../../search/types';

/** Rows per article: its heading, then its best passage. */
export const ROWS_PER_ARTICLE = 2;

export interface SearchResults {
  query: string;
  /** Matching articles: all of them are listed. */
  count: number;
  /** The i-th article in rank order. */
  entry(i: number): ArticleResult;
  /** Its best passage (null when none can be shown). */
  best(i: number): Snippet | null;
  /**
   * The passages of an article (by index) that matched, in text order: the reader's n / N. The
   * headline is left out: the reader shows it apart from the text, where no hit is marked.
   */
  inArticle(article: number): Snippet[];
  /** Where Enter opens the i-th article: its best passage in the text (the start when none). */
  target(i: number): number;
  /** The query asks for quotes or entities and the index has no analysis yet. */
  needsAnalysis: boolean;
}

const inText = (s: Snippet) => s.start >= 0 && s.kind !== 'headline';

/** Entries are ranked this many at a time, as the list is scrolled. */
const PAGE = 50;

export function resultsView(results: EngineResults): SearchResults {
  let ranked: ArticleResult[] = [];
  const best = new Map<number, Snippet | null>();
  const passages = new Map<number, Snippet[]>();
  const entry = (i: number) => {
    if (i >= ranked.length) ranked = results.slice(0, Math.min(results.total, (Math.floor(i / PAGE) + 1) * PAGE));
    return ranked[i];
  };
  return {
    query: results.query,
    count: results.total,
    entry,
    best(i) {
      const { index } = entry(i);
      if (!best.has(index)) best.set(index, results.snippets(index, 1)[0] ?? null);
      return best.get(index)!;
    },
    inArticle(article) {
      let list = passages.get(article);
      if (!list) {
        list = results.snippets(article).filter(inText).sort((a, b) => a.start - b.start);
        passages.set(article, list);
      }
      return list;
    },
    target(i) {
      const { index } = entry(i);
      return results.snippets(index).find(inText)?.start ?? 0;
    },
    needsAnalysis: results.needsAnalysis,
  };
}

const lastResults = new WeakMap<SearchIndex, SearchResults>();
const EMPTY: EngineResults = { query: '', total: 0, near: 0, slice: () => [], snippets: () => [], needsAnalysis: false, warnings: [] };

/** The results for a query; the last query's are kept, as every frame of a screen asks again. */
export function resultsFor(index: SearchIndex, query: string): SearchResults {
  const known = lastResults.get(index);
  if (known && known.query === query) return known;
  const results = resultsView(query.trim() ? search(index, query, { typing: true }) : { ...EMPTY, query });
  lastResults.set(index, results);
  return results;
}
