// The article list's transitions: the cursor over the (possibly narrowed) list, opening the
// article under it, read marks, and the outlet filter. The list's state is the desk's.
import type { CommonAction } from '../../shared/actions';
import type { Desk, DeskViewport } from '../../shared/desk';
import { markedRead, toggleRead } from '../../shared/desk';
import { clearListFilter, cursorRow, cursorToRow, listCount } from '../../shared/listFilter';
import { cycleFocus, forgetTrail } from '../../shared/nav';
import { isScroll, stepFor } from '../../shared/scroll';
import { cycleOutlet } from './outletFilter';

export type ListAction = { type: 'cycleOutlet' };

export interface ListViewport extends DeskViewport {
  /** Each article's outlet (for the outlet filter). */
  outlets?: readonly string[];
}

/** Enter: the article under the cursor in the reader, from its top unless it was already open; a new trail starts. */
function openArticle<S extends Desk>(state: S, index: number): S {
  const readerTop = state.open === index ? state.readerTop : 0;
  const focus = state.ring.includes('reader') ? 'reader' : state.focus;
  return forgetTrail({ ...state, open: index, readerTop, read: markedRead(state.read, index), focus });
}

export function reduceList<S extends Desk>(state: S, action: ListAction | CommonAction, vp: ListViewport): S {
  if (isScroll(action)) {
    const step = stepFor(action, vp.listRows);
    const count = listCount(state, vp.articles);
    const row = step === -Infinity ? 0 : step === Infinity ? count - 1 : cursorRow(state) + step;
    return cursorToRow(state, row, vp);
  }
  switch (action.type) {
    case 'cycleOutlet':
      return cycleOutlet(state, vp);
    case 'open':
      return vp.articles > 0 ? openArticle(state, state.cursor) : state;
    case 'toggleRead':
      return vp.articles > 0 ? toggleRead(state, state.cursor) : state;
    case 'focus':
      return cycleFocus(state, action.dir);
    case 'back':
      return state.listFilter ? clearListFilter(state, vp) : state;
    default:
      return state;
  }
}
