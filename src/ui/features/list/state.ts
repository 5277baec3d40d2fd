// The article list's transitions: the cursor over the (possibly narrowed) list, opening the
// article under it, read marks, the outlet filter, the order and the read filter. The list's
// state is the desk's.
import type { CommonAction } from '../../shared/actions';
import type { Desk, DeskViewport } from '../../shared/desk';
import { markedRead, toggleRead } from '../../shared/desk';
import { arrangeList, clearListFilter, cursorRow, cursorToRow, listCount } from '../../shared/listFilter';
import { cycleFocus, forgetTrail } from '../../shared/nav';
import { isScroll, stepFor } from '../../shared/scroll';
import { cycleOutlet } from './outletFilter';
import { LIST_SORTS, READ_SHOWN } from './sort';

/** showPreview: the keys stopped, so the reader previews the article under the cursor (the shell's timer). */
export type ListAction = { type: 'cycleOutlet' } | { type: 'cycleSort' } | { type: 'cycleReadShown' } | { type: 'showPreview' };

export interface ListViewport extends DeskViewport {
  /** Each article's outlet (for the outlet filter). */
  outlets?: readonly string[];
}

/** Enter: the article under the cursor in the reader, from its top unless it was already open; a new trail starts. */
function openArticle<S extends Desk>(state: S, index: number): S {
  const readerTop = state.open === index ? state.readerTop : 0;
  const focus = state.ring.includes('reader') ? 'reader' : state.focus;
  return forgetTrail({ ...previewCaughtUp(state), open: index, readerTop, read: markedRead(state.read, index), focus });
}

/** A cursor move while browsing: the reader keeps its preview until the keys stop (showPreview). */
function previewHeld<S extends Desk>(before: S, moved: S): S {
  if (before.open !== null || moved.cursor === before.cursor) return moved;
  return { ...moved, preview: before.preview ?? before.cursor };
}

/** The reader previews the article under the cursor again. */
function previewCaughtUp<S extends Desk>(state: S): S {
  if (state.preview === undefined) return state;
  const { preview: _held, ...rest } = state;
  return rest as S;
}

/** s: the next order; r: the next read filter. Back to loaded order and all articles, the view goes. */
function nextView(state: Desk, step: 'cycleSort' | 'cycleReadShown'): Desk['listView'] {
  const view = state.listView ?? { sort: 'loaded', shown: 'all', rows: [] };
  const next = <T>(all: readonly T[], now: T) => all[(all.indexOf(now) + 1) % all.length];
  const changed = step === 'cycleSort' ? { ...view, sort: next(LIST_SORTS, view.sort) } : { ...view, shown: next(READ_SHOWN, view.shown) };
  return changed.sort === 'loaded' && changed.shown === 'all' ? undefined : changed;
}

export function reduceList<S extends Desk>(state: S, action: ListAction | CommonAction, vp: ListViewport): S {
  if (isScroll(action)) {
    const step = stepFor(action, vp.listRows);
    const count = listCount(state, vp.articles);
    const row = step === -Infinity ? 0 : step === Infinity ? count - 1 : cursorRow(state) + step;
    return previewHeld(state, cursorToRow(state, row, vp));
  }
  switch (action.type) {
    case 'showPreview':
      return previewCaughtUp(state);
    case 'cycleOutlet':
      return cycleOutlet(state, vp);
    case 'cycleSort':
    case 'cycleReadShown': {
      const next = { ...state, listView: nextView(state, action.type) };
      return next.listView ? arrangeList(next, vp) : cursorToRow(next, cursorRow(next), vp);
    }
    // An empty list (nothing read yet, with "read only") leaves the cursor on an article it does not show.
    case 'open':
      return listCount(state, vp.articles) > 0 ? openArticle(state, state.cursor) : state;
    case 'toggleRead':
      return listCount(state, vp.articles) > 0 ? toggleRead(state, state.cursor) : state;
    case 'focus':
      return cycleFocus(state, action.dir);
    case 'back':
      return state.listFilter ? clearListFilter(state, vp) : state;
    default:
      return state;
  }
}
