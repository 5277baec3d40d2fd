// Keys of the reader pane.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS, SWITCH_PANE, TOGGLE_READ } from '../../shared/binding';

export const READER_KEYS: readonly Binding<CommonAction>[] = [
  ...SCROLL_KEYS,
  TOGGLE_READ,
  SWITCH_PANE,
  { label: 'Esc', does: 'back to where the article was opened from (the list, results, Quotes)', hint: 'back', keys: { escape: { type: 'back' } } },
];
