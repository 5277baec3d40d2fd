// Keys of the skipped-files view.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS } from '../../shared/binding';
import type { ProblemsAction } from './state';

/** In help: open this view. */
export const SHOW_PROBLEMS: Binding<ProblemsAction> = { label: 'p', does: 'show files skipped while loading', hint: 'skipped files', keys: { p: { type: 'showProblems' } } };

export const PROBLEMS_KEYS: readonly Binding<CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
];
