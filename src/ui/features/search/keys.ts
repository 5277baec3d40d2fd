// Keys of the search prompt and results, and of an article opened from them.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import type { SearchAction } from './state';

const up = { type: 'move', by: -1 } as const;
const down = { type: 'move', by: 1 } as const;

export const OPEN_SEARCH: Binding<SearchAction> = { label: '/', does: 'search (see the query syntax below)', hint: 'search', keys: { '/': { type: 'openSearch' } } };

/** In the search prompt letters are typed, so only keys that type nothing are bound. */
export const SEARCH_KEYS: readonly Binding<CommonAction>[] = [
  { label: '↑ ↓', does: 'choose a result (↑ in an empty prompt: earlier queries)', hint: 'choose', keys: { up, down } },
  { label: 'PgUp PgDn', does: 'a page of results', keys: { pageup: { type: 'page', dir: -1 }, pagedown: { type: 'page', dir: 1 } } },
  { label: 'Home End', does: 'the first / the last result', keys: { home: { type: 'first' }, end: { type: 'last' } } },
  { label: 'Enter', does: 'open the article at the hit', hint: 'open', keys: { enter: { type: 'open' } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / the whole query', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'close the search', hint: 'close', keys: { escape: { type: 'back' } } },
];

/** In the reader. */
export const NEXT_HIT: Binding<SearchAction> = {
  label: 'n N',
  does: 'next / previous search hit (article opened from search)',
  hint: 'hits',
  keys: { n: { type: 'nextHit', dir: 1 }, N: { type: 'nextHit', dir: -1 } },
};
