// The reader's library keys: narrowing the list to an outlet, and fetching the feeds. Fetching is
// a side effect: the reducer only asks for it (as an Effect), the shell performs it.
import type { UiState, Viewport } from '../../state';
import { contextOf } from '../../state';
import { cycleOutlet } from '../list/outletFilter';

export type LibraryAction = { type: 'cycleOutlet' } | { type: 'fetchFeeds' };

export function reduceLibrary(state: UiState, action: { type: string }, vp: Viewport): UiState | null {
  if (action.type === 'fetchFeeds') {
    const serial = (state.effect?.serial ?? 0) + 1;
    return { ...state, effect: { serial, note: 'fetching feeds…', fetchFeeds: true } };
  }
  if (action.type === 'cycleOutlet' && contextOf(state) === 'list') return cycleOutlet(state, vp);
  return null;
}
