// Opening an article at a place in its text (a mention, a quote, a search hit): the reader
// scrolls so the place is visible, a third of the way down, unless it already is.
import { lineOfOffset } from './articleDocument';
import type { Desk, DeskViewport } from './desk';
import { markedRead } from './desk';
import { cursorRow, cursorToRow, listOrder } from './listFilter';
import { goToReader } from './nav';

export function revealOffset<S extends Desk>(state: S, article: number, offset: number, vp: DeskViewport): S {
  const rows = Math.max(1, vp.readerRows);
  const same = state.open === article;
  let top = same ? state.readerTop : 0;
  const doc = vp.readerDoc?.(article);
  if (doc) {
    const line = lineOfOffset(doc, offset);
    if (!same || line < top || line >= top + rows) top = line - Math.floor(rows / 3);
    top = Math.max(0, Math.min(top, doc.length - rows));
  }
  const next: S = { ...state, open: article, readerTop: top, read: markedRead(state.read, article), cursor: article };
  // An article the list does not show (filtered out) is still opened; the list cursor then stays where it was.
  if (listOrder(next)?.includes(article) === false) return { ...next, cursor: state.cursor };
  return cursorToRow(next, cursorRow(next), vp);
}

/** Opens an article from a view (a result, a quote, a cell) in the reader at `offset`; Esc returns to the view. */
export function openAt<S extends Desk>(state: S, article: number, offset: number, vp: DeskViewport): S {
  return revealOffset(goToReader(state), article, offset, vp);
}
