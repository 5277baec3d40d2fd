// Where the user is: the full view on screen, an overlay over it, the focused pane, and the
// views Esc returns to. Every view opened on top of another pushes the one it came from;
// Esc pops it. One stack for all features, so "back" means the same everywhere.

/** Panes that take the keyboard focus, in Tab order. The entity sidebar joins the ring while shown. */
export type Pane = 'list' | 'reader' | 'sidebar';
export type Overlay = 'help' | 'speakers' | null;
/** Full-body views that replace the list and reader. */
export type View = 'browse' | 'problems' | 'search' | 'compare' | 'coverage' | 'entity' | 'quotes';
/** Where keys go: the overlay if one is open, else a full view, else the focused pane. */
export type Context =
  | Pane
  | 'help'
  | 'problems'
  | 'search'
  | 'compare'
  | 'picker'
  | 'coverage'
  | 'entity'
  | 'quotes'
  | 'quoteFilter'
  | 'speakers'
  | 'entityFind'
  | 'speakerFind';

export interface NavState {
  view: View;
  overlay: Overlay;
  focus: Pane;
  ring: readonly Pane[];
  /** Views to return to, the latest last. The focus stays where it is: on returning to the
   * browser it is on the article just read. */
  back: readonly View[];
}

export const initialNav: NavState = { view: 'browse', overlay: null, focus: 'list', ring: ['list', 'reader'], back: [] };

/** Pushes the current view, unless it is already on the stack: going to a view one came from returns there. */
function pushed(back: readonly View[], here: View): readonly View[] {
  const at = back.indexOf(here);
  return at >= 0 ? [...back.slice(0, at), here] : [...back, here];
}

/** Opens a full view on top of the current place (closing any overlay). */
export function goTo<S extends NavState>(state: S, view: View): S {
  if (state.view === view) return { ...state, overlay: null };
  const at = state.back.indexOf(view);
  // The view is already below us: going there is going back to it.
  const back = at >= 0 ? state.back.slice(0, at) : pushed(state.back, state.view);
  return { ...state, view, overlay: null, back };
}

/** Shows the reader with the focus on it, keeping the current view to come back to. */
export function goToReader<S extends NavState>(state: S): S {
  const focus = state.ring.includes('reader') ? 'reader' : state.focus;
  const back = state.view === 'browse' ? state.back : pushed(state.back, state.view);
  return { ...state, view: 'browse', overlay: null, focus, back };
}

/** Esc: the last view pushed, or from a full view the browser; null when there is nowhere to go back to. */
export function goBack<S extends NavState>(state: S): S | null {
  const last = state.back[state.back.length - 1];
  if (last) return { ...state, view: last, back: state.back.slice(0, -1) };
  if (state.view !== 'browse') return { ...state, view: 'browse' };
  return null;
}

/** A new trail starts here (an article chosen in the list): nothing to go back to. */
export function forgetTrail<S extends NavState>(state: S): S {
  return state.back.length === 0 ? state : { ...state, back: [] };
}

/** Tab and Shift-Tab through the panes. */
export function cycleFocus<S extends NavState>(state: S, dir: 1 | -1): S {
  const at = state.ring.indexOf(state.focus);
  const n = state.ring.length;
  return { ...state, focus: state.ring[(at + dir + n) % n] };
}
