// One key press, from its name to the next state: what the App does on input, as a pure
// function so tests can drive the UI with arbitrary key sequences without a terminal.
import type { Frame } from './frame';
import { resolveKey } from './keymap';
import type { UiState } from './state';
import { contextOf, reduce } from './state';

/** `shown` is the frame on screen when the key arrived: its geometry bounds the scrolling. */
export function applyKey(state: UiState, name: string, shown: Pick<Frame, 'layout' | 'viewport'>): UiState {
  const action = resolveKey(contextOf(state), name);
  if (!action) return state;
  // Below the minimum size only quitting makes sense: nothing else is visible.
  if (shown.layout.tooSmall && action.type !== 'quit') return state;
  return reduce(state, action, shown.viewport);
}
