// The whole UI state and its transitions: a pure reducer, so every key's effect can be
// tested without a terminal. Geometry (how many rows a pane shows, how many lines the
// open article wraps to) comes in as a Viewport, since it depends on the terminal size.
import type { FeatureAction } from './features/searchCompare/actions';
import type { CompareGeometry, CompareState } from './features/compare/state';
import type { CoverageGeometry, CoverageState } from './features/coverage/state';
import { reduceFeatures } from './features/searchCompare/reduce';
import type { SearchGeometry, SearchState } from './features/search/state';
import { initialSearchState } from './features/search/state';
import type { AnalysisFeatureAction } from './features/analysisFeatures';
import type { LibraryAction } from './features/library/actions';
import { reduceLibrary } from './features/library/actions';
import { reduceAnalysisFeatures } from './features/analysisFeatures';
import type { AnalysisState } from './sources/analysis/state';
import type { Effect } from './shared/effect';
import type { ListFilter } from './shared/listFilter';
import type { EntitiesState } from './features/entities/state';
import { initialEntities } from './features/entities/state';
import type { QuotesState } from './features/quotes/state';
import { initialQuotes } from './features/quotes/state';
import type { ReaderLine } from './shared/articleDocument';

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
  | 'speakers';

export interface UiState {
  view: View;
  overlay: Overlay;
  focus: Pane;
  ring: readonly Pane[];
  /** Index into corpus.articles of the list cursor. */
  cursor: number;
  /** First article shown in the list. */
  listTop: number;
  /** Index of the article shown in the reader, null before one is opened. */
  open: number | null;
  /** First wrapped line shown in the reader. */
  readerTop: number;
  helpTop: number;
  problemsTop: number;
  /** Indices of articles marked read. */
  read: ReadonlySet<number>;
  search: SearchState;
  /** The compare view's articles and cursors, once it was opened. */
  compare: CompareState | null;
  coverage: CoverageState | null;
  /** The corpus analysis: progress, then its result. */
  analysis: AnalysisState;
  entities: EntitiesState;
  quotes: QuotesState;
  /** The list narrowed to some articles (those mentioning the chosen entity). */
  listFilter: ListFilter | null;
  /** The last side effect asked for (a copy to the clipboard) and its confirmation. */
  effect: Effect | null;
  quit: boolean;
}

export type Action =
  | { type: 'move'; by: number }
  | { type: 'page'; dir: 1 | -1; half?: boolean }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'focus'; dir: 1 | -1 }
  | { type: 'toggleHelp' }
  | { type: 'showProblems' }
  | { type: 'toggleRead' }
  | { type: 'quit' }
  | FeatureAction
  | AnalysisFeatureAction
  | LibraryAction;

export interface Viewport {
  articles: number;
  /** Articles the list shows at once. */
  listRows: number;
  /** Text lines the reader shows at once. */
  readerRows: number;
  /** Wrapped lines of the open article at the current width (0 when none is open). */
  readerLines: number;
  helpRows: number;
  helpLines: number;
  problemsRows: number;
  problemsLines: number;
  /** Positions of the search results, and of hits in the reader (when there is a query). */
  search?: SearchGeometry;
  compare?: CompareGeometry;
  coverage?: CoverageGeometry;
  /** Entities the sidebar shows at once. */
  sidebarRows?: number;
  /** Text rows of the entity detail view, and its length. */
  entityRows?: number;
  entityLines?: number;
  /** Quotes the Quotes view shows at once. */
  quotesRows?: number;
  /** Each article's outlet (for the outlet filter). */
  outlets?: readonly string[];
  /** An article wrapped at the reader's width, to turn text offsets into reader lines. */
  readerDoc?: (article: number) => readonly ReaderLine[];
}

export function initialState(init: Partial<Pick<UiState, 'cursor' | 'open' | 'readerTop' | 'focus' | 'read'>> = {}): UiState {
  const open = init.open ?? null;
  return {
    view: 'browse',
    overlay: null,
    focus: open === null ? 'list' : (init.focus ?? 'list'),
    ring: ['list', 'reader'],
    cursor: init.cursor ?? open ?? 0,
    listTop: 0,
    open,
    readerTop: init.readerTop ?? 0,
    helpTop: 0,
    problemsTop: 0,
    read: init.read ?? new Set(),
    search: initialSearchState(),
    compare: null,
    coverage: null,
    analysis: { phase: 'waiting' },
    entities: initialEntities,
    quotes: initialQuotes,
    listFilter: null,
    effect: null,
    quit: false,
  };
}

export function contextOf(state: UiState): Context {
  if (state.overlay) return state.overlay;
  if (state.view === 'problems') return 'problems';
  if (state.view === 'compare') return state.compare?.picker ? 'picker' : 'compare';
  if (state.view === 'search' || state.view === 'coverage') return state.view;
  if (state.view === 'entity') return 'entity';
  if (state.view === 'quotes') return state.quotes.typing ? 'quoteFilter' : 'quotes';
  return state.focus;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The largest useful first row: the last page ends at the last line. */
function maxTop(lines: number, rows: number): number {
  return Math.max(0, lines - Math.max(1, rows));
}

/** Keeps the cursor's row visible with the smallest change of listTop. */
export function followCursor(cursor: number, listTop: number, rows: number, count: number): number {
  const r = Math.max(1, rows);
  let top = listTop;
  if (cursor < top) top = cursor;
  if (cursor >= top + r) top = cursor - r + 1;
  return clamp(top, 0, maxTop(count, r));
}

function withCursor(state: UiState, cursor: number, vp: Viewport): UiState {
  const c = clamp(cursor, 0, Math.max(0, vp.articles - 1));
  return { ...state, cursor: c, listTop: followCursor(c, state.listTop, vp.listRows, vp.articles) };
}

export type ScrollAction = Extract<Action, { type: 'move' | 'page' | 'first' | 'last' }>;

export function isScroll(action: Action): action is ScrollAction {
  return action.type === 'move' || action.type === 'page' || action.type === 'first' || action.type === 'last';
}

/** How far an action moves in a pane of `rows` rows; ±Infinity for the ends. */
export function stepFor(action: ScrollAction, rows: number): number {
  const r = Math.max(1, rows);
  switch (action.type) {
    case 'move':
      return action.by;
    case 'page':
      return action.dir * (action.half ? Math.max(1, Math.floor(r / 2)) : r);
    case 'first':
      return -Infinity;
    case 'last':
      return Infinity;
  }
}

export function scroll(top: number, step: number, lines: number, rows: number): number {
  const next = step === -Infinity ? 0 : step === Infinity ? lines : top + step;
  return clamp(next, 0, maxTop(lines, rows));
}

function toggleRead(state: UiState, index: number | null): UiState {
  if (index === null) return state;
  const read = new Set(state.read);
  if (read.has(index)) read.delete(index);
  else read.add(index);
  return { ...state, read };
}

function openArticle(state: UiState, index: number): UiState {
  const read = state.read.has(index) ? state.read : new Set(state.read).add(index);
  const readerTop = state.open === index ? state.readerTop : 0;
  return { ...state, open: index, readerTop, read, focus: state.ring.includes('reader') ? 'reader' : state.focus };
}

export function reduce(state: UiState, action: Action, vp: Viewport): UiState {
  // Keys that mean the same everywhere.
  switch (action.type) {
    case 'quit':
      return { ...state, quit: true };
    case 'toggleHelp':
      return { ...state, overlay: state.overlay === 'help' ? null : 'help', helpTop: 0 };
    case 'showProblems':
      return { ...state, overlay: null, view: 'problems', problemsTop: 0 };
    default:
      break;
  }

  const library = reduceLibrary(state, action, vp);
  if (library) return library;
  const analysed = reduceAnalysisFeatures(state, action, vp);
  if (analysed) return analysed;
  const featured = reduceFeatures(state, action, vp);
  if (featured) return featured;

  const context = contextOf(state);

  if (action.type === 'back') {
    if (context === 'help') return { ...state, overlay: null };
    if (context === 'problems') return { ...state, view: 'browse' };
    if (context !== 'list') return { ...state, focus: 'list' };
    return state;
  }

  if (action.type === 'focus') {
    if (context !== state.focus) return state;
    const at = state.ring.indexOf(state.focus);
    const n = state.ring.length;
    return { ...state, focus: state.ring[(at + action.dir + n) % n] };
  }

  if (action.type === 'open') {
    if (context === 'list' && vp.articles > 0) return openArticle(state, state.cursor);
    return state;
  }

  if (action.type === 'toggleRead') {
    if (context === 'list' && vp.articles > 0) return toggleRead(state, state.cursor);
    if (context === 'reader') return toggleRead(state, state.open);
    return state;
  }

  if (!isScroll(action)) return state;
  switch (context) {
    case 'list': {
      const step = stepFor(action, vp.listRows);
      const target = step === -Infinity ? 0 : step === Infinity ? vp.articles - 1 : state.cursor + step;
      return withCursor(state, target, vp);
    }
    case 'reader':
      return { ...state, readerTop: scroll(state.readerTop, stepFor(action, vp.readerRows), vp.readerLines, vp.readerRows) };
    case 'help':
      return { ...state, helpTop: scroll(state.helpTop, stepFor(action, vp.helpRows), vp.helpLines, vp.helpRows) };
    case 'problems':
      return {
        ...state,
        problemsTop: scroll(state.problemsTop, stepFor(action, vp.problemsRows), vp.problemsLines, vp.problemsRows),
      };
    default:
      return state;
  }
}
