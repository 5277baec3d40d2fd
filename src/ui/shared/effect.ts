// Side effects the reducer asks for (copying to the clipboard) and the note that confirms them.
// The App performs an effect when its serial number changes, so the reducer stays pure.
import type { UiState } from '../state';

export interface Effect {
  serial: number;
  /** For the status line. */
  note: string;
  /** Text to put on the clipboard. */
  copy?: string;
  /** Fetch the library's feeds (the R key). */
  fetchFeeds?: boolean;
}

export function withEffect(state: UiState, note: string, copy?: string): UiState {
  const serial = (state.effect?.serial ?? 0) + 1;
  return { ...state, effect: copy === undefined ? { serial, note } : { serial, note, copy } };
}
