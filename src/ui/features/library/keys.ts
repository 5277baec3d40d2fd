// Key bindings of the library features, joined into the keymap table.
import type { Binding } from '../../keymap';

export const OUTLET_FILTER: Binding = {
  label: 'o',
  does: 'show only one outlet’s articles (again: the next outlet, then all; Esc: all)',
  hint: 'outlet',
  keys: { o: { type: 'cycleOutlet' } },
};

export const FETCH_FEEDS: Binding = {
  label: 'R',
  does: 'fetch all feeds into the library; new articles join the list',
  hint: 'fetch',
  keys: { R: { type: 'fetchFeeds' } },
};
