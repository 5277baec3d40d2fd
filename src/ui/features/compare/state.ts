// The compare view's state: two articles side by side, a sentence cursor in each column.
// Rows and pairings depend on the terminal width and on alignment, so the frame computes
// them and hands them to the reducer as CompareGeometry.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import { goBack, goTo } from '../../shared/nav';
import { cursorTarget } from '../../shared/scroll';

export type Column = 0 | 1;

export interface CompareState {
  /** Article index on the left. */
  a: number;
  /** Article index on the right; null: the one most similar to the left. */
  b: number | null;
  active: Column;
  /** Sentence cursor per column. */
  cursor: readonly [number, number];
  /** First row shown per column (equal while scrolling is synchronised). */
  top: readonly [number, number];
  sync: boolean;
  /** The picker for the right-hand article is open. */
  picker: boolean;
}

export interface CompareGeometry {
  /** Sentences per column. */
  sentences: readonly [number, number];
  /** Rows of each sentence, per column: [first row, row after its last). */
  spans: readonly [readonly (readonly [number, number])[], readonly (readonly [number, number])[]];
  totalRows: readonly [number, number];
  /** Text rows each column shows at once. */
  rows: number;
  /** For each sentence of a column, the index of its partner in the other column, or -1. */
  partner: readonly [readonly number[], readonly number[]];
}

export function initialCompare(a: number, b: number | null = null): CompareState {
  return { a, b, active: 0, cursor: [0, 0], top: [0, 0], sync: true, picker: false };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
const other = (c: Column): Column => (c === 0 ? 1 : 0);

/** The smallest change of `top` that shows rows [from, to) (its start when it is taller than the pane). */
function follow(top: number, from: number, to: number, rows: number, total: number): number {
  let t = top;
  if (to > t + rows) t = to - rows;
  if (from < t) t = from;
  return clamp(t, 0, Math.max(0, total - rows));
}

function pair<T>(c: Column, mine: T, theirs: T): [T, T] {
  return c === 0 ? [mine, theirs] : [theirs, mine];
}

/** Moves the active column's cursor to sentence `target` and scrolls both columns to suit. */
export function moveCursor(s: CompareState, target: number, g: CompareGeometry): CompareState {
  const c = s.active;
  const n = g.sentences[c];
  if (n === 0) return s;
  const at = clamp(target, 0, n - 1);
  const [from, to] = g.spans[c][at];
  const rows = Math.max(1, g.rows);
  const cursor = pair(c, at, s.cursor[other(c)]);
  if (s.sync) {
    const total = Math.max(g.totalRows[0], g.totalRows[1]);
    const t = follow(s.top[c], from, to, rows, total);
    return { ...s, cursor, top: [t, t] };
  }
  const mine = follow(s.top[c], from, to, rows, g.totalRows[c]);
  // Scrolled independently, the other column brings the counterpart into view.
  const partner = g.partner[c][at];
  const o = other(c);
  const theirs = partner >= 0 ? follow(s.top[o], g.spans[o][partner][0], g.spans[o][partner][1], rows, g.totalRows[o]) : s.top[o];
  return { ...s, cursor, top: pair(c, mine, theirs) };
}

/** Switching synchronised scrolling on lines the right column up with the left. */
export function toggleSync(s: CompareState): CompareState {
  const sync = !s.sync;
  const t = s.top[s.active];
  return { ...s, sync, top: sync ? [t, t] : s.top };
}

function switchColumn(s: CompareState): CompareState {
  return { ...s, active: other(s.active) };
}

export type CompareAction =
  | { type: 'openCompare' }
  | { type: 'toggleSync' }
  | { type: 'openPicker' }
  /** The picker's choice of the right-hand article. */
  | { type: 'pick'; article: number };

export interface CompareViewport {
  compare?: CompareGeometry;
}

/** The compare view keeps the desk's open article on the left (so what follows from it, coverage, starts there). */
type Host = Desk & { compare: CompareState | null };

function reduceColumns<S extends Host>(state: S, c: CompareState, action: CompareAction | CommonAction, g: CompareGeometry | undefined): S {
  const withCompare = (compare: CompareState): S => ({ ...state, compare });
  switch (action.type) {
    case 'move':
    case 'page':
    case 'first':
    case 'last':
      return g ? withCompare(moveCursor(c, cursorTarget(c.cursor[c.active], action, g.rows, g.sentences[c.active]), g)) : state;
    case 'focus':
      return withCompare(switchColumn(c));
    case 'toggleSync':
      return withCompare(toggleSync(c));
    case 'openPicker':
      // Only over a comparison on screen: the picker lists by the same similarity.
      return g ? withCompare({ ...c, picker: true }) : state;
    case 'back':
      return goBack(state) ?? state;
    default:
      return state;
  }
}

export function reduceCompare<S extends Host>(state: S, action: CompareAction | CommonAction, vp: CompareViewport): S {
  const c = state.compare;
  if (action.type === 'openCompare') return state.open === null ? state : { ...goTo(state, 'compare'), compare: initialCompare(state.open) };
  if (!c) return state;
  // The picker is open: Esc closes it, a choice replaces the right-hand article.
  if (c.picker) {
    if (action.type === 'back') return { ...state, compare: { ...c, picker: false } };
    if (action.type === 'pick') return { ...state, compare: { ...initialCompare(c.a, action.article), sync: c.sync } };
    return state;
  }
  return reduceColumns(state, c, action, vp.compare);
}
