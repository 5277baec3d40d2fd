// Key bindings of the library.
import type { Binding } from '../../shared/binding';
import type { LibraryAction } from './state';

export const FETCH_FEEDS: Binding<LibraryAction> = {
  label: 'R',
  does: 'fetch all feeds into the library; new articles join the list',
  hint: 'fetch',
  keys: { R: { type: 'fetchFeeds' } },
};
