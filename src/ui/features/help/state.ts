// The help overlay: shown over any view (? toggles it), scrolled like a document.
import type { CommonAction } from '../../shared/actions';
import type { NavState } from '../../shared/nav';
import { isScroll, scrollBy } from '../../shared/scroll';

export interface HelpState {
  helpTop: number;
}

export type HelpAction = { type: 'toggleHelp' };

export interface HelpViewport {
  helpRows: number;
  helpLines: number;
}

type Host = NavState & HelpState;

export function reduceHelp<S extends Host>(state: S, action: HelpAction | CommonAction, vp: HelpViewport): S {
  if (action.type === 'toggleHelp') return { ...state, overlay: state.overlay === 'help' ? null : 'help', helpTop: 0 };
  if (action.type === 'back') return { ...state, overlay: null };
  if (isScroll(action)) return { ...state, helpTop: scrollBy(state.helpTop, action, vp.helpLines, vp.helpRows) };
  return state;
}
