// Transitions of the features built on the corpus analysis: its progress, the entity sidebar
// and detail view, the list narrowed to an entity, and the Quotes view. The core reducer asks
// here first; null means "not handled here".
import type { Action, UiState, Viewport } from '../state';
import { contextOf, isScroll, stepFor } from '../state';
import type { AnalysisAction } from '../sources/analysis/state';
import { isAnalysisAction, reduceAnalysis } from '../sources/analysis/state';
import { clearListFilter, cursorRow, cursorToRow, listCount } from '../shared/listFilter';
import type { EntityAction } from './entities/state';
import { isEntityAction, reduceEntities, scrollEntities } from './entities/state';
import type { QuotesAction } from './quotes/state';
import { applyQuery, isQuotesAction, reduceQuotes, scrollQuotes } from './quotes/state';

export type AnalysisFeatureAction = AnalysisAction | EntityAction | QuotesAction;

/** Moving in a list narrowed by a filter: rows are the filter's articles. */
function scrollFilteredList(state: UiState, action: Parameters<typeof stepFor>[0], vp: Viewport): UiState {
  const step = stepFor(action, vp.listRows);
  const count = listCount(state, vp.articles);
  const row = step === -Infinity ? 0 : step === Infinity ? count - 1 : cursorRow(state) + step;
  return cursorToRow(state, row, vp);
}

const setQuery = (state: UiState, query: string, vp: Viewport) => reduceQuotes(state, { type: 'quoteFilterSet', query }, vp);

function byContext(state: UiState, action: Action, vp: Viewport): UiState | null {
  switch (contextOf(state)) {
    case 'list':
      if (!state.listFilter) return null;
      if (action.type === 'back') return clearListFilter(state, vp);
      return isScroll(action) ? scrollFilteredList(state, action, vp) : null;
    case 'sidebar':
      return isScroll(action) ? scrollEntities(state, action, 'sidebar', vp) : null;
    case 'entity':
      if (action.type === 'back') return { ...state, view: 'browse' };
      return isScroll(action) ? scrollEntities(state, action, 'entity', vp) : null;
    case 'quotes':
      if (action.type === 'back') return { ...state, view: 'browse' };
      return isScroll(action) ? scrollQuotes(state, action, vp) : null;
    case 'quoteFilter':
      if (action.type === 'input') return setQuery(state, state.quotes.query + action.text, vp);
      if (action.type === 'erase') return setQuery(state, [...state.quotes.query].slice(0, -1).join(''), vp);
      if (action.type === 'clearInput') return setQuery(state, '', vp);
      if (action.type === 'move') return scrollQuotes(applyQuery({ ...state, quotes: { ...state.quotes, typing: false } }), action, vp);
      return null;
    case 'speakers':
      return action.type === 'back' ? { ...state, overlay: null } : null;
    default:
      return null;
  }
}

export function reduceAnalysisFeatures(state: UiState, action: Action, vp: Viewport): UiState | null {
  if (isAnalysisAction(action)) return { ...state, analysis: reduceAnalysis(state.analysis, action) };
  const handled = byContext(state, action, vp);
  if (handled) return handled;
  if (isEntityAction(action)) return reduceEntities(state, action, vp);
  if (isQuotesAction(action)) return reduceQuotes(state, action, vp);
  return null;
}
