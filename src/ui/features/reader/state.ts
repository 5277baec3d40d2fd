// The reader pane's transitions: scrolling the open article, its read mark, and Esc, which
// goes back to where the article was opened from (the navigation stack), else to the list.
import type { CommonAction } from '../../shared/actions';
import type { Desk, DeskViewport } from '../../shared/desk';
import { toggleRead } from '../../shared/desk';
import { cycleFocus, goBack } from '../../shared/nav';
import { isScroll, scrollBy } from '../../shared/scroll';

export function reduceReader<S extends Desk>(state: S, action: CommonAction, vp: DeskViewport): S {
  if (isScroll(action)) return { ...state, readerTop: scrollBy(state.readerTop, action, vp.readerLines, vp.readerRows) };
  switch (action.type) {
    case 'toggleRead':
      return toggleRead(state, state.open);
    case 'focus':
      return cycleFocus(state, action.dir);
    case 'back':
      return goBack(state) ?? { ...state, focus: 'list' };
    default:
      return state;
  }
}
