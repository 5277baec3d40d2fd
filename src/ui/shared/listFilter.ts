// The article list narrowed to some articles (those mentioning an entity, one outlet's), sorted
// (by date, outlet, headline) and narrowed to the unread or read ones. The cursor stays an index
// into the corpus; the list's rows and its scroll position count the articles shown.
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

export type ListSort = 'loaded' | 'date' | 'outlet' | 'headline';
export type ReadShown = 'all' | 'unread' | 'read';

/** The list's order and read filter, with the rows they and the filter leave. */
export interface ListView {
  sort: ListSort;
  shown: ReadShown;
  /** Corpus indices of the articles shown, in the order shown. */
  rows: readonly number[];
}

type Filtered = Pick<Desk, 'listFilter' | 'listView'>;

/** The rows of the list: the articles shown in their order, or null for all of them as loaded. */
export function listOrder(state: Filtered): readonly number[] | null {
  return state.listView?.rows ?? state.listFilter?.articles ?? null;
}

export function listCount(state: Filtered, articles: number): number {
  return listOrder(state)?.length ?? articles;
}

/**
 * The list's rows worked out again for its filter, order and read filter. Which articles are
 * read is taken now: an article read later stays in an "unread" list until it is arranged again.
 */
export function arrangeList<S extends Desk>(state: S, vp: DeskViewport): S {
  const view = state.listView;
  if (!view) return state;
  const sorted = view.sort === 'loaded' ? null : (vp.sortedArticles?.(view.sort) ?? null);
  const base = sorted ?? state.listFilter?.articles ?? Array.from({ length: vp.articles }, (_, i) => i);
  const member = sorted && state.listFilter ? new Set(state.listFilter.articles) : null;
  const rows = base.filter((i) => (!member || member.has(i)) && (view.shown === 'all' || state.read.has(i) === (view.shown === 'read')));
  const arranged = { ...state, listView: { ...view, rows } };
  const kept = rows.indexOf(state.cursor);
  return cursorToRow(arranged, kept >= 0 ? kept : 0, vp);
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
  const next = { ...state, listFilter: filter, listTop: 0 };
  if (next.listView) return arrangeList(next, vp);
  const kept = filter.articles.includes(state.cursor);
  return cursorToRow(next, kept ? filter.articles.indexOf(state.cursor) : 0, vp);
}

export function clearListFilter<S extends Desk>(state: S, vp: DeskViewport): S {
  const next = { ...state, listFilter: null };
  return next.listView ? arrangeList(next, vp) : cursorToRow(next, state.cursor, vp);
}
