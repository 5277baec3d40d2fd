// Opening an article at a place in its text (a mention, a quote): the reader scrolls so the
// place is visible, a third of the way down, unless it already is.
import type { UiState, Viewport } from '../state';
import { lineOfOffset } from './articleDocument';
import { cursorRow, cursorToRow } from './listFilter';

export function revealOffset(state: UiState, article: number, offset: number, vp: Viewport): UiState {
  const rows = Math.max(1, vp.readerRows);
  const same = state.open === article;
  let top = same ? state.readerTop : 0;
  const doc = vp.readerDoc?.(article);
  if (doc) {
    const line = lineOfOffset(doc, offset);
    if (!same || line < top || line >= top + rows) top = line - Math.floor(rows / 3);
    top = Math.max(0, Math.min(top, doc.length - rows));
  }
  const read = state.read.has(article) ? state.read : new Set(state.read).add(article);
  const next: UiState = { ...state, open: article, readerTop: top, read, cursor: article };
  // An article outside the list's filter is still opened; the list cursor then stays where it was.
  if (next.listFilter && !next.listFilter.articles.includes(article)) return { ...next, cursor: state.cursor };
  return cursorToRow(next, cursorRow(next), vp);
}
