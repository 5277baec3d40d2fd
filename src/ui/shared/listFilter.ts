// The article list narrowed to some articles (those mentioning an entity, one outlet's). The
// cursor stays an index into the corpus; the list's rows and its scroll position count
// filtered articles.
import type { Desk, DeskViewport } from './desk';
import { followCursor } from './scroll';

export interface ListFilter {
  /** Shown in the title bar: what the list is narrowed to. */
  label: string;
  /** Corpus indices of the articles shown, in corpus order. */
  articles: readonly number[];
  /** The entity the list is narrowed to, if it is one. */
  entity?: string;
}

type Filtered = Pick<Desk, 'listFilter'>;

/** The rows of the list: a filter's articles, or null for all of them. */
export function listOrder(state: Filtered): readonly number[] | null {
  return state.listFilter?.articles ?? null;
}

export function listCount(state: Filtered, articles: number): number {
  return state.listFilter ? state.listFilter.articles.length : articles;
}

/** The cursor's row in the list (its article's place in the filter; 0 when it is not in it). */
export function cursorRow(state: Pick<Desk, 'listFilter' | 'cursor'>): number {
  const order = listOrder(state);
  return order ? Math.max(0, order.indexOf(state.cursor)) : state.cursor;
}

/** Puts the cursor on a row of the (possibly filtered) list and keeps it in view. */
export function cursorToRow<S extends Desk>(state: S, row: number, vp: DeskViewport): S {
  const count = listCount(state, vp.articles);
  if (count === 0) return state;
  const r = Math.max(0, Math.min(count - 1, row));
  const order = listOrder(state);
  return { ...state, cursor: order ? order[r] : r, listTop: followCursor(r, state.listTop, vp.listRows, count) };
}

export function applyListFilter<S extends Desk>(state: S, filter: ListFilter, vp: DeskViewport): S {
  const kept = filter.articles.includes(state.cursor);
  const next = { ...state, listFilter: filter, listTop: 0 };
  return cursorToRow(next, kept ? filter.articles.indexOf(state.cursor) : 0, vp);
}

export function clearListFilter<S extends Desk>(state: S, vp: DeskViewport): S {
  return cursorToRow({ ...state, listFilter: null }, state.cursor, vp);
}
