// The search prompt's state and transitions. The hits themselves are not state: they are a
// function of the query and the index, computed by the frame, which hands the reducer their
// positions through the viewport (SearchGeometry).
import { SEARCH_HISTORY_LIMIT } from '../../../store/searchHistory';
import type { View } from '../../state';

export interface SearchState {
  query: string;
  /** The chosen result, in display order. */
  selected: number;
  /** First row of the results list shown. */
  top: number;
  /** Earlier queries, oldest first. */
  history: readonly string[];
  /** While ↑ recalls earlier queries: the position in `history`. */
  recall: number | null;
  /** Where Esc from the results returns to. */
  from: View;
  /** An article opened from the results: n/N step through its hits, Esc returns to the results. */
  opened: { article: number; hit: number } | null;
}

/** What the frame tells the reducer about the current results (functions: a query may match thousands of articles). */
export interface SearchGeometry {
  /** Results listed. */
  count: number;
  /** A result's article index and the start offset of its best passage. */
  resultAt(i: number): { article: number; start: number };
  /** The display row of a result (its article's heading takes the row above). */
  rowOf(i: number): number;
  totalRows: number;
  /** Result rows the screen shows at once. */
  rows: number;
  /** Start offsets of the query's hits in an article, in text order. */
  hitsIn(article: number): readonly number[];
}

/** As many as the history file keeps. */
export const HISTORY_LIMIT = SEARCH_HISTORY_LIMIT;

export function initialSearchState(history: readonly string[] = []): SearchState {
  return { query: '', selected: 0, top: 0, history, recall: null, from: 'browse', opened: null };
}

/** The history with `query` as its newest entry (moved there if it was already in it). */
export function remember(history: readonly string[], query: string): readonly string[] {
  const q = query.trim();
  if (!q) return history;
  return [...history.filter((h) => h !== q), q].slice(-HISTORY_LIMIT);
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** A new query: the choice goes back to the best result. */
export function withQuery(s: SearchState, query: string): SearchState {
  return { ...s, query, selected: 0, top: 0, recall: null };
}

/** ↑ in an empty prompt (or while recalling) steps back through the history; ↓ steps forward. */
export function recallStep(s: SearchState, by: number): SearchState | null {
  if (s.recall === null && (s.query !== '' || by > 0)) return null;
  if (s.history.length === 0) return s;
  const at = s.recall === null ? s.history.length - 1 : s.recall + by;
  if (at >= s.history.length) return { ...s, query: '', recall: null, selected: 0, top: 0 };
  const recall = clamp(at, 0, s.history.length - 1);
  return { ...s, recall, query: s.history[recall], selected: 0, top: 0 };
}

/** Moves the choice and scrolls so its row (and its article's heading) stays visible. */
export function choose(s: SearchState, target: number, g: SearchGeometry): SearchState {
  if (g.count === 0) return s;
  const selected = clamp(target, 0, g.count - 1);
  const row = g.rowOf(selected);
  const rows = Math.max(1, g.rows);
  let top = s.top;
  const first = Math.max(0, row - 1);
  if (first < top) top = first;
  if (row >= top + rows) top = row - rows + 1;
  top = clamp(top, 0, Math.max(0, g.totalRows - rows));
  return { ...s, selected, top, recall: null };
}

/** Index of the hit at or after `offset` among the article's hits (0 when none). */
export function hitAt(hits: readonly number[], offset: number): number {
  const i = hits.findIndex((h) => h >= offset);
  return i < 0 ? 0 : i;
}
