// Keys of the compare view and its picker.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import type { CompareAction } from './state';

/** In the reader. */
export const OPEN_COMPARE: Binding<CompareAction> = { label: 'c', does: 'compare with the most similar article', hint: 'compare', keys: { c: { type: 'openCompare' } } };

export const COMPARE_KEYS: readonly Binding<CompareAction | CommonAction>[] = [
  { label: 'Tab', does: 'switch the active column', hint: 'column', keys: { tab: { type: 'focus', dir: 1 }, 'shift-tab': { type: 'focus', dir: -1 } } },
  { label: 's', does: 'synchronised scrolling on / off', hint: 'sync', keys: { s: { type: 'toggleSync' } } },
  { label: 'p', does: 'pick the article on the right', hint: 'pick', keys: { p: { type: 'openPicker' } } },
];

export const COMPARE_BACK: Binding<CommonAction> = { label: 'Esc', does: 'back to the reader', hint: 'back', keys: { escape: { type: 'back' } } };

export const PICKER_KEYS: readonly Binding<CommonAction>[] = [
  { label: '↑ ↓ Enter', does: 'choose an article (most similar first)', hint: 'choose', keys: {} },
  { label: 'Esc', does: 'keep the current article', hint: 'cancel', keys: { escape: { type: 'back' } } },
];
