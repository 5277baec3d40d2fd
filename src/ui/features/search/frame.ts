// The frame's part for search: the results screen, the geometry the reducer needs
// (Viewport.search), and the query's hits marked in an article opened from the results.
import { parseQuery } from '../../../search';
import type { Desk } from '../../shared/desk';
import type { ScreenInput } from '../../shared/feature';
import type { Layout } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import type { Mark } from '../../shared/marks';
import type { SearchResults } from './results';
import { resultsFor, ROWS_PER_ARTICLE } from './results';
import type { SearchGeometry, SearchState } from './state';
import { resultRows, searchViewLines } from './view';

type SearchInput = ScreenInput<Desk & { search: SearchState }>;

function searchResults(input: SearchInput): SearchResults | null {
  const index = input.sources?.searchIndex;
  return index ? resultsFor(index, input.state.search.query) : null;
}

/** Only while there is a query to act on: on the results screen, or in an article opened from it. */
export function searchGeometry(input: SearchInput, layout: Layout): SearchGeometry | undefined {
  const { state } = input;
  if (!state.search.query.trim() || (state.view !== 'search' && !state.search.opened)) return undefined;
  const results = searchResults(input);
  if (!results) return undefined;
  return {
    count: results.count,
    resultAt: (i) => ({ article: results.entry(i).index, start: results.target(i) }),
    rowOf: (i) => i * ROWS_PER_ARTICLE + 1,
    totalRows: results.count * ROWS_PER_ARTICLE,
    rows: resultRows(layout.body.height),
    hitsIn: (article) => results.inArticle(article).map((h) => h.start),
  };
}

/** What the summary row adds: parts of the query that were ignored, and what analysis has yet to bring. */
function searchNote(input: SearchInput): string | null {
  const notes = parseQuery(input.state.search.query).warnings.slice(0, 1);
  if (input.sources?.searchWithoutAnalysis) {
    const asks = searchResults(input)?.needsAnalysis;
    notes.push(asks ? 'in:quotes, in:entities and by: need the analysis: results come when it ends' : 'quotes and entities become searchable when analysis ends');
  }
  return notes.length ? notes.join(' · ') : null;
}

export function searchBody(input: SearchInput, layout: Layout): Line[] {
  const { state, corpus } = input;
  return searchViewLines({ articles: corpus.articles, state: state.search, results: searchResults(input), note: searchNote(input), rect: layout.body });
}

/** For an article opened from the search results, every hit of the query (the current one stronger). */
export function searchMarks(input: SearchInput): readonly Mark[] {
  const marks: Mark[] = [];
  const opened = input.state.search.opened;
  if (!opened || opened.article !== input.state.open || input.state.view !== 'browse') return marks;
  const hits = searchResults(input)?.inArticle(opened.article);
  if (!hits || !hits.length) return marks;
  const spansOf = (h: (typeof hits)[number]) => (h.highlights.length ? h.highlights : [{ start: h.start, end: h.end }]);
  const others: Mark[] = hits.flatMap((h, i) => (i === opened.hit ? [] : spansOf(h).map((span): Mark => ({ span, style: 'hit' }))));
  // The current hit last, so its style wins where hits overlap.
  const current: Mark[] = hits[opened.hit] ? spansOf(hits[opened.hit]).map((span) => ({ span, style: 'current-hit' })) : [];
  return [...marks, ...others, ...current];
}

/** In an article opened from the results: which of its hits n/N reached, "hit 3 of 17". */
export function hitCounter(input: SearchInput): string[] {
  const { state } = input;
  const opened = state.search.opened;
  if (!opened || opened.article !== state.open || state.view !== 'browse') return [];
  const hits = searchResults(input)?.inArticle(opened.article).length ?? 0;
  return hits > 0 ? [`hit ${Math.min(opened.hit, hits - 1) + 1} of ${hits}`] : [];
}
