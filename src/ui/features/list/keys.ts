// Keys of the article list.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS, SWITCH_PANE, TOGGLE_READ } from '../../shared/binding';
import type { ListAction } from './state';

export const OUTLET_FILTER: Binding<ListAction> = {
  label: 'o',
  does: 'show only one outlet’s articles (again: the next outlet, then all; Esc: all)',
  hint: 'outlet',
  keys: { o: { type: 'cycleOutlet' } },
};

/** Esc in the list: a filter (an entity's, an outlet's) is cleared (no hint: it does nothing without one). */
export const CLEAR_LIST_FILTER: Binding<CommonAction> = { label: 'Esc', does: 'clear the entity filter', keys: { escape: { type: 'back' } } };

export const LIST_KEYS: readonly Binding<CommonAction | ListAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'open the article in the reader', hint: 'open', keys: { enter: { type: 'open' } } },
  TOGGLE_READ,
  { label: 's', does: 'sort: newest first, by outlet, by headline, then as loaded', hint: 'sort', keys: { s: { type: 'cycleSort' } } },
  { label: 'r', does: 'show only the unread articles, then only the read ones, then all', hint: 'unread', keys: { r: { type: 'cycleReadShown' } } },
  SWITCH_PANE,
];
