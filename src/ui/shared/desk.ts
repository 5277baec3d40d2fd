// The desk: what every feature may read and move, below them all. Which article the list's
// cursor is on and which one the reader shows (and where), what was read, what the list is
// narrowed to, where the user is (the navigation), and the side effect last asked for. A
// feature that opens an article at a place, or narrows the list, changes the desk, never
// another feature's state.
import type { ReaderLine } from './articleDocument';
import type { Effect } from './effect';
import type { ListFilter, ListSort, ListView } from './listFilter';
import type { NavState } from './nav';

export interface Desk extends NavState {
  /** Index into corpus.articles of the list cursor. */
  cursor: number;
  /** First row shown in the list. */
  listTop: number;
  /** Index of the article shown in the reader, null before one is opened. */
  open: number | null;
  /**
   * While browsing, the article the reader still previews as the cursor moves on (keys still
   * arriving); absent: the one under the cursor. Redrawing the preview on every key of a burst
   * cost more than the list's redraw, so it catches up once the keys stop.
   */
  preview?: number;
  /** First wrapped line shown in the reader. */
  readerTop: number;
  /** Indices of articles marked read. */
  read: ReadonlySet<number>;
  /** The list narrowed to some articles (an entity's, an outlet's). */
  listFilter: ListFilter | null;
  /** The list sorted or narrowed to unread or read articles; absent: all of them, as loaded. */
  listView?: ListView;
  /** The last side effect asked for (a copy to the clipboard) and its confirmation. */
  effect: Effect | null;
}

/** The geometry of the list and reader on screen, which depends on the terminal size. */
export interface DeskViewport {
  articles: number;
  /** Articles the list shows at once. */
  listRows: number;
  /** Text lines the reader shows at once. */
  readerRows: number;
  /** Wrapped lines of the open article at the current width (0 when none is open). */
  readerLines: number;
  /** An article wrapped at the reader's width, to turn text offsets into reader lines. */
  readerDoc?: (article: number) => readonly ReaderLine[];
  /** Every article's index in the order of a sort (for arranging the list). */
  sortedArticles?: (sort: ListSort) => readonly number[];
}

/** The article the reader pane shows: the open one, else the one previewed while browsing. */
export function shownArticle(state: Desk): number {
  return state.open ?? state.preview ?? state.cursor;
}

/** The article marked read (it stays so once opened). */
export function markedRead(read: ReadonlySet<number>, article: number): ReadonlySet<number> {
  return read.has(article) ? read : new Set(read).add(article);
}

/** u: an article's read mark flipped. */
export function toggleRead<S extends Desk>(state: S, index: number | null): S {
  if (index === null) return state;
  const read = new Set(state.read);
  if (read.has(index)) read.delete(index);
  else read.add(index);
  return { ...state, read };
}
