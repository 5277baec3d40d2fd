// Key bindings of the search, compare and coverage features, joined into the keymap table
// (so the status line and the help overlay list them).
import type { Binding } from '../../keymap';

const up = { type: 'move', by: -1 } as const;
const down = { type: 'move', by: 1 } as const;

/** In the search prompt letters are typed, so only keys that type nothing are bound. */
export const SEARCH_KEYS: readonly Binding[] = [
  { label: '↑ ↓', does: 'choose a result (↑ in an empty prompt: earlier queries)', hint: 'choose', keys: { up, down } },
  { label: 'PgUp PgDn', does: 'a page of results', keys: { pageup: { type: 'page', dir: -1 }, pagedown: { type: 'page', dir: 1 } } },
  { label: 'Home End', does: 'the first / the last result', keys: { home: { type: 'first' }, end: { type: 'last' } } },
  { label: 'Enter', does: 'open the article at the hit', hint: 'open', keys: { enter: { type: 'open' } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / the whole query', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'close the search', hint: 'close', keys: { escape: { type: 'back' } } },
];

/** Reader keys of these features. */
export const READER_FEATURE_KEYS: readonly Binding[] = [
  { label: 'n N', does: 'next / previous search hit (article opened from search)', hint: 'hits', keys: { n: { type: 'nextHit', dir: 1 }, N: { type: 'nextHit', dir: -1 } } },
  { label: 'c', does: 'compare with the most similar article', hint: 'compare', keys: { c: { type: 'openCompare' } } },
  { label: 'C', does: "coverage: who is mentioned and quoted in this article's story", hint: 'coverage', keys: { C: { type: 'openCoverage' } } },
];

export const COMPARE_KEYS: readonly Binding[] = [
  { label: 'Tab', does: 'switch the active column', hint: 'column', keys: { tab: { type: 'focus', dir: 1 }, 'shift-tab': { type: 'focus', dir: -1 } } },
  { label: 's', does: 'synchronised scrolling on / off', hint: 'sync', keys: { s: { type: 'toggleSync' } } },
  { label: 'p', does: 'pick the article on the right', hint: 'pick', keys: { p: { type: 'openPicker' } } },
  { label: 'C', does: 'coverage of the left article’s story', hint: 'coverage', keys: { C: { type: 'openCoverage' } } },
  { label: 'Esc', does: 'back to the reader', hint: 'back', keys: { escape: { type: 'back' } } },
];

export const PICKER_KEYS: readonly Binding[] = [
  { label: '↑ ↓ Enter', does: 'choose an article (most similar first)', hint: 'choose', keys: {} },
  { label: 'Esc', does: 'keep the current article', hint: 'cancel', keys: { escape: { type: 'back' } } },
];

export const COVERAGE_KEYS: readonly Binding[] = [
  { label: '← → h l', short: '←/→', does: 'move across the articles', hint: 'articles', keys: { left: { type: 'sideways', dir: -1 }, h: { type: 'sideways', dir: -1 }, right: { type: 'sideways', dir: 1 }, l: { type: 'sideways', dir: 1 } } },
  { label: 'Enter', does: "open the cell's article at the first mention (or quote)", hint: 'open', keys: { enter: { type: 'open' } } },
  { label: 'Esc', does: 'back', hint: 'back', keys: { escape: { type: 'back' } } },
];
