// R: fetch the library's feeds. Fetching is a side effect: the reducer only asks for it (as an
// Effect), the shell performs it (see refresh.ts).
import type { Effect } from '../../shared/effect';
import { withEffect } from '../../shared/effect';

export type LibraryAction = { type: 'fetchFeeds' };

export function reduceLibrary<S extends { effect: Effect | null }>(state: S, action: LibraryAction): S {
  return action.type === 'fetchFeeds' ? withEffect(state, 'fetching feeds…', { fetchFeeds: true }) : state;
}
