// Keys of the compare view and its picker.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS } from '../../shared/binding';
import type { CompareAction } from './state';

/** In the reader. */
export const OPEN_COMPARE: Binding<CompareAction> = { label: 'c', does: 'compare with the most similar article', hint: 'compare', keys: { c: { type: 'openCompare' } } };

export const COMPARE_KEYS: readonly Binding<CompareAction | CommonAction>[] = [
  { label: 'Tab', does: 'switch the active column', hint: 'column', keys: { tab: { type: 'focus', dir: 1 }, 'shift-tab': { type: 'focus', dir: -1 } } },
  { label: 's', does: 'synchronised scrolling on / off', hint: 'sync', keys: { s: { type: 'toggleSync' } } },
  { label: 'p', does: 'pick the article on the right', hint: 'pick', keys: { p: { type: 'openPicker' } } },
];

export const COMPARE_BACK: Binding<CommonAction> = { label: 'Esc', does: 'back to the reader', hint: 'back', keys: { escape: { type: 'back' } } };

export const PICKER_KEYS: readonly Binding<CompareAction | CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'choose the highlighted article (most similar first)', hint: 'choose', keys: { enter: { type: 'open' } } },
  { label: '/', does: 'type to find an article by headline or outlet', hint: 'find', keys: { '/': { type: 'findArticle' } } },
  { label: 'Esc', does: 'keep the current article', hint: 'cancel', keys: { escape: { type: 'back' } } },
];

/** On the picker's find line letters are typed, so only keys that type nothing are bound. */
export const PICKER_FIND_KEYS: readonly Binding<CompareAction | CommonAction>[] = [
  { label: '↑ ↓', does: 'stop typing and move through the articles found', hint: 'choose', keys: { up: { type: 'move', by: -1 }, down: { type: 'move', by: 1 } } },
  { label: 'Enter', does: 'keep what was typed, stop typing', hint: 'done', keys: { enter: { type: 'findArticleDone', keep: true } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / all of it', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'list every article again, stop typing', hint: 'clear', keys: { escape: { type: 'findArticleDone', keep: false } } },
];
