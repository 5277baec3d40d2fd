// Side effects the reducer asks for (copying to the clipboard) and the note that confirms them.
// The App performs an effect when its serial number changes, so the reducer stays pure.

export interface Effect {
  serial: number;
  /** For the status line. */
  note: string;
  /** Text to put on the clipboard. */
  copy?: string;
  /** Fetch the library's feeds (the R key). */
  fetchFeeds?: boolean;
}

type WithEffect = { effect: Effect | null };

/** Asks for a side effect: a note, and what to do besides showing it. */
export function withEffect<S extends WithEffect>(state: S, note: string, what: Omit<Effect, 'serial' | 'note'> = {}): S {
  const serial = (state.effect?.serial ?? 0) + 1;
  return { ...state, effect: { serial, note, ...what } };
}
