// The root of the UI state: the desk (shared/desk.ts) and each feature's state, composed; and
// the one reducer, which hands every action to the feature that answers it (features/registry.ts):
// a feature's own action wherever it comes from, a common one (scrolling, Enter, Esc, typing)
// to the feature whose context has the keys. Geometry (how many rows a pane shows, how many
// lines the open article wraps to) comes in as a Viewport, since it depends on the terminal size.
import type { CommonAction } from './shared/actions';
import type { Desk } from './shared/desk';
import type { Feature } from './shared/feature';
import type { Context } from './shared/nav';
import { initialNav } from './shared/nav';
import type { AnalysisAction, AnalysisState } from './sources/analysis/state';
import { isAnalysisAction, reduceAnalysis } from './sources/analysis/state';
import type { CompareAction, CompareState, CompareViewport } from './features/compare/state';
import type { CoverageAction, CoverageState, CoverageViewport } from './features/coverage/state';
import type { EntitiesState, EntitiesViewport, EntityAction } from './features/entities/state';
import { initialEntities } from './features/entities/state';
import type { HelpAction, HelpState, HelpViewport } from './features/help/state';
import type { LibraryAction } from './features/library/state';
import type { ListAction, ListViewport } from './features/list/state';
import type { ProblemsAction, ProblemsState, ProblemsViewport } from './features/problems/state';
import type { QuotesAction, QuotesState, QuotesViewport } from './features/quotes/state';
import { initialQuotes } from './features/quotes/state';
import type { SearchAction, SearchState, SearchViewport } from './features/search/state';
import { initialSearchState } from './features/search/state';
import { FEATURES } from './features/registry';

export type { Context, Overlay, Pane, View } from './shared/nav';

export type UiState = Desk &
  HelpState &
  ProblemsState & {
    search: SearchState;
    /** The compare view's articles and cursors, once it was opened. */
    compare: CompareState | null;
    coverage: CoverageState | null;
    /** The corpus analysis: progress, then its result. */
    analysis: AnalysisState;
    entities: EntitiesState;
    quotes: QuotesState;
    quit: boolean;
  };

export type Action =
  | CommonAction
  | { type: 'quit' }
  | AnalysisAction
  | ListAction
  | HelpAction
  | ProblemsAction
  | SearchAction
  | CompareAction
  | CoverageAction
  | EntityAction
  | QuotesAction
  | LibraryAction;

export type Viewport = ListViewport &
  HelpViewport &
  ProblemsViewport &
  SearchViewport &
  CompareViewport &
  CoverageViewport &
  EntitiesViewport &
  QuotesViewport;

export type UiFeature = Feature<UiState, Action, Viewport>;

/** The registry, seen with the root state: every feature's slice is part of it. */
export const FEATURE_LIST: readonly UiFeature[] = Object.values(FEATURES satisfies Record<string, UiFeature>);

export function initialState(init: Partial<Pick<UiState, 'cursor' | 'open' | 'readerTop' | 'focus' | 'read'>> = {}): UiState {
  const open = init.open ?? null;
  return {
    ...initialNav,
    focus: open === null ? 'list' : (init.focus ?? 'list'),
    cursor: init.cursor ?? open ?? 0,
    listTop: 0,
    open,
    readerTop: init.readerTop ?? 0,
    read: init.read ?? new Set(),
    listFilter: null,
    effect: null,
    helpTop: 0,
    problemsTop: 0,
    search: initialSearchState(),
    compare: null,
    coverage: null,
    analysis: { phase: 'waiting' },
    entities: initialEntities,
    quotes: initialQuotes,
    quit: false,
  };
}

export function contextOf(state: UiState): Context {
  if (state.overlay === 'speakers' && state.quotes.picker.finding) return 'speakerFind';
  if (state.overlay) return state.overlay;
  if (state.view === 'problems') return 'problems';
  if (state.view === 'compare') return state.compare?.picker ? 'picker' : 'compare';
  if (state.view === 'search' || state.view === 'coverage') return state.view;
  if (state.view === 'entity') return 'entity';
  if (state.view === 'quotes') return state.quotes.typing ? 'quoteFilter' : 'quotes';
  if (state.focus === 'sidebar' && state.entities.finding) return 'entityFind';
  return state.focus;
}

const BY_ACTION = new Map<string, UiFeature>(FEATURE_LIST.flatMap((f) => f.actions.map((type) => [type, f] as const)));
const BY_CONTEXT = new Map<Context, UiFeature>(FEATURE_LIST.flatMap((f) => f.contexts.map((c) => [c, f] as const)));

/** The feature that answers an action: its owner, else the feature whose context has the keys. */
function featureFor(state: UiState, action: Action): UiFeature | undefined {
  return BY_ACTION.get(action.type) ?? BY_CONTEXT.get(contextOf(state));
}

export function reduce(state: UiState, action: Action, vp: Viewport): UiState {
  if (action.type === 'quit') return { ...state, quit: true };
  if (isAnalysisAction(action)) return { ...state, analysis: reduceAnalysis(state.analysis, action) };
  const feature = featureFor(state, action);
  if (!feature) return state;
  const next = feature.reduce(state, action, vp);
  return next === state ? state : FEATURE_LIST.reduce((s, f) => (f.settle ? f.settle(s) : s), next);
}
