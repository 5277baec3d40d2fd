// The search prompt's state and transitions. The hits themselves are not state: they are a
// function of the query and the index, computed by the frame, which hands the reducer their
// positions through the viewport (SearchGeometry).
import { SEARCH_HISTORY_LIMIT } from '../../../store/searchHistory';
import type { CommonAction } from '../../shared/actions';
import type { Desk, DeskViewport } from '../../shared/desk';
import { goBack, goTo } from '../../shared/nav';
import { openAt, revealOffset } from '../../shared/reveal';
import { cursorTarget } from '../../shared/scroll';

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

export function initialSearchState(history: readonly string[] = []): SearchState {
  return { query: '', selected: 0, top: 0, history, recall: null, opened: null };
}

/** The history with `query` as its newest entry (moved there if it was already in it). */
export function remember(history: readonly string[], query: string): readonly string[] {
  const q = query.trim();
  if (!q) return history;
  return [...history.filter((h) => h !== q), q].slice(-SEARCH_HISTORY_LIMIT);
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** A new query: the choice goes back to the best result. */
function withQuery(s: SearchState, query: string): SearchState {
  return { ...s, query, selected: 0, top: 0, recall: null };
}

/** ↑ in an empty prompt (or while recalling) steps back through the history; ↓ steps forward. */
function recallStep(s: SearchState, by: number): SearchState | null {
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
function hitAt(hits: readonly number[], offset: number): number {
  const i = hits.findIndex((h) => h >= offset);
  return i < 0 ? 0 : i;
}

export type SearchAction =
  | { type: 'openSearch' }
  /** n / N: the next or previous search hit in the article opened from the results. */
  | { type: 'nextHit'; dir: 1 | -1 };

export interface SearchViewport extends DeskViewport {
  /** Positions of the search results, and of hits in the reader (when there is a query). */
  search?: SearchGeometry;
}

type Host = Desk & { search: SearchState };

/** `/`: the results screen over the current place (Esc returns there). */
function openSearch<S extends Host>(state: S): S {
  if (state.view === 'search') return { ...state, overlay: null };
  return { ...goTo(state, 'search'), search: { ...state.search, opened: null, recall: null } };
}

/** n/N in an article opened from the results: the next or previous hit of the query in it. */
function nextHit<S extends Host>(state: S, dir: 1 | -1, vp: SearchViewport): S {
  const opened = state.search.opened;
  if (!opened || opened.article !== state.open || !vp.search) return state;
  const hits = vp.search.hitsIn(opened.article);
  if (hits.length === 0) return state;
  const hit = (opened.hit + dir + hits.length) % hits.length;
  return { ...revealOffset(state, opened.article, hits[hit], vp), search: { ...state.search, opened: { article: opened.article, hit } } };
}

export function reduceSearch<S extends Host>(state: S, action: SearchAction | CommonAction, vp: SearchViewport): S {
  const s = state.search;
  const g = vp.search;
  switch (action.type) {
    case 'openSearch':
      return openSearch(state);
    case 'nextHit':
      return nextHit(state, action.dir, vp);
    case 'input':
      return { ...state, search: withQuery(s, s.query + action.text) };
    case 'erase':
      return { ...state, search: withQuery(s, Array.from(s.query).slice(0, -1).join('')) };
    case 'clearInput':
      return { ...state, search: withQuery(s, '') };
    case 'move': {
      const recalled = recallStep(s, action.by);
      if (recalled) return { ...state, search: recalled };
      return g ? { ...state, search: choose(s, s.selected + action.by, g) } : state;
    }
    case 'page':
    case 'first':
    case 'last':
      return g ? { ...state, search: choose(s, cursorTarget(s.selected, action, g.rows, g.count), g) } : state;
    case 'open': {
      if (!g || s.selected >= g.count) return state;
      const target = g.resultAt(s.selected);
      const hit = hitAt(g.hitsIn(target.article), target.start);
      const opened = openAt(state, target.article, target.start, vp);
      return { ...opened, search: { ...s, history: remember(s.history, s.query), opened: { article: target.article, hit } } };
    }
    case 'back': {
      const left = { ...state, search: { ...s, history: remember(s.history, s.query), recall: null } };
      return goBack(left) ?? { ...left, view: 'browse' };
    }
    default:
      return state;
  }
}

/** `opened` is the article being read from the results: back on the results, or on another article, it is over. */
export function settleSearch<S extends Host>(state: S): S {
  const opened = state.search.opened;
  if (!opened || (state.view === 'browse' && state.open === opened.article)) return state;
  return { ...state, search: { ...state.search, opened: null } };
}
