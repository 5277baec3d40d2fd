// What a feature gives the registry (features/registry.ts): the contexts whose keys it answers,
// its own actions, its reducer, and its parts of the frame. A feature sees the root state only
// as the slice it declares (its own state and the desk), so it never imports the root or a sibling.
import type { Corpus } from '../../corpus/types';
import type { SearchCompareSources } from '../sources/sources';
import type { KeyGuide } from './binding';
import type { Layout, Rect } from './layout';
import type { Line } from './lines';
import type { Mark } from './marks';
import type { Context } from './nav';

/** What a feature's frame parts read: the corpus, its slice of the state, the screen, and the built indexes. */
export interface ScreenInput<S> {
  corpus: Corpus;
  state: S;
  cols: number;
  rows: number;
  sources?: SearchCompareSources;
  /** The keymap, for the help overlay. */
  keyGuide?: KeyGuide;
}

/** A pane beside the reader: its width, and its lines for the rect it gets. */
export interface SidePane {
  width: number;
  render: (rect: Rect) => Line[];
}

export interface Feature<S, A extends { type: string }, V> {
  /** Contexts whose common actions (scrolling, Enter, Esc, typing) this feature answers. */
  readonly contexts: readonly Context[];
  /** Types of its own actions: they reach it from any context. */
  readonly actions: readonly string[];
  /** Generic in the state: it returns the whole state it was given, changed only in its slice and the desk. */
  reduce<T extends S>(state: T, action: A, vp: V): T;
  /** Keeps its state in step with the desk after any feature's action. */
  settle?<T extends S>(state: T): T;
  /** The full-body screen of its view (or a message in its place); null when its view is not shown. */
  body?(input: ScreenInput<S>, layout: Layout): Line[] | string | null;
  /** Geometry its reducer needs, measured on the frame being drawn. */
  viewport?(input: ScreenInput<S>, layout: Layout): Partial<V>;
  /** Marks laid over the open article's text in the reader. */
  marks?(input: ScreenInput<S>): readonly Mark[];
  /** Parts of the title bar. */
  title?(input: ScreenInput<S>): readonly string[];
  /** A pane beside the reader, while shown. */
  sidePane?(state: S, cols: number): SidePane | null;
}
