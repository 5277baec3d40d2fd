// The skipped-files view: opened from help (p), scrolled like a document.
import type { CommonAction } from '../../shared/actions';
import type { NavState } from '../../shared/nav';
import { goBack, goTo } from '../../shared/nav';
import { isScroll, scrollBy } from '../../shared/scroll';

export interface ProblemsState {
  problemsTop: number;
}

export type ProblemsAction = { type: 'showProblems' };

export interface ProblemsViewport {
  problemsRows: number;
  problemsLines: number;
}

type Host = NavState & ProblemsState;

export function reduceProblems<S extends Host>(state: S, action: ProblemsAction | CommonAction, vp: ProblemsViewport): S {
  if (action.type === 'showProblems') return { ...goTo(state, 'problems'), problemsTop: 0 };
  if (action.type === 'back') return goBack(state) ?? state;
  if (isScroll(action)) return { ...state, problemsTop: scrollBy(state.problemsTop, action, vp.problemsLines, vp.problemsRows) };
  return state;
}
