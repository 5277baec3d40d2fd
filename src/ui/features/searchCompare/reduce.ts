// Transitions of the search, compare and coverage features; the core reducer asks here first.
// Returns null for actions these features do not handle in the current context.
import type { Action, UiState, Viewport } from '../../state';
import { contextOf } from '../../state';
import { initialCompare, moveCursor, switchColumn, toggleSync } from '../compare/state';
import { revealOffset } from '../../shared/reveal';
import { initialCoverage, moveColumn, moveRow } from '../coverage/state';
import { choose, hitAt, recallStep, remember, withQuery } from '../search/state';

const pageOf = (dir: number, rows: number, half?: boolean) => dir * (half ? Math.max(1, Math.floor(rows / 2)) : Math.max(1, rows));

/** Opens an article in the reader (read mark, list cursor, focus) scrolled so `offset` shows. */
function openAt(state: UiState, article: number, offset: number, vp: Viewport): UiState {
  return { ...revealOffset(state, article, offset, vp), view: 'browse', overlay: null, focus: 'reader' };
}

function reduceSearch(state: UiState, action: Action, vp: Viewport): UiState | null {
  const s = state.search;
  const g = vp.search;
  switch (action.type) {
    case 'input':
      return { ...state, search: withQuery(s, s.query + action.text) };
    case 'erase':
      return { ...state, search: withQuery(s, Array.from(s.query).slice(0, -1).join('')) };
    case 'clearInput':
      return { ...state, search: withQuery(s, '') };
    case 'move': {
      const recalled = recallStep(s, action.by);
      if (recalled) return { ...state, search: recalled };
      return g ? { ...state, search: choose(s, s.selected + action.by, g) } : state;
    }
    case 'page':
      return g ? { ...state, search: choose(s, s.selected + pageOf(action.dir, g.rows, action.half), g) } : state;
    case 'first':
      return g ? { ...state, search: choose(s, 0, g) } : state;
    case 'last':
      return g ? { ...state, search: choose(s, g.count - 1, g) } : state;
    case 'open': {
      if (!g || s.selected >= g.count) return state;
      const target = g.resultAt(s.selected);
      const hit = hitAt(g.hitsIn(target.article), target.start);
      const opened = openAt(state, target.article, target.start, vp);
      return { ...opened, search: { ...s, history: remember(s.history, s.query), opened: { article: target.article, hit } } };
    }
    case 'back':
      return { ...state, view: s.from, search: { ...s, history: remember(s.history, s.query), recall: null } };
    default:
      return null;
  }
}

/** In the reader, an article opened from the results: n/N walk its hits, Esc goes back to the results. */
function reduceOpenedHit(state: UiState, action: Action, vp: Viewport): UiState | null {
  const opened = state.search.opened;
  if (!opened || opened.article !== state.open) return null;
  if (action.type === 'back') return { ...state, view: 'search', search: { ...state.search, opened: null } };
  if (action.type !== 'nextHit' || !vp.search) return null;
  const hits = vp.search.hitsIn(opened.article);
  if (hits.length === 0) return state;
  const hit = (opened.hit + action.dir + hits.length) % hits.length;
  return { ...revealOffset(state, opened.article, hits[hit], vp), search: { ...state.search, opened: { article: opened.article, hit } } };
}

function reduceCompare(state: UiState, action: Action, vp: Viewport): UiState | null {
  const c = state.compare;
  const g = vp.compare;
  if (!c) return null;
  const withCompare = (compare: typeof c) => ({ ...state, compare });
  switch (action.type) {
    case 'move':
      return g ? withCompare(moveCursor(c, c.cursor[c.active] + action.by, g)) : state;
    case 'page':
      return g ? withCompare(moveCursor(c, c.cursor[c.active] + pageOf(action.dir, g.rows, action.half), g)) : state;
    case 'first':
      return g ? withCompare(moveCursor(c, 0, g)) : state;
    case 'last':
      return g ? withCompare(moveCursor(c, g.sentences[c.active] - 1, g)) : state;
    case 'focus':
      return withCompare(switchColumn(c));
    case 'toggleSync':
      return withCompare(toggleSync(c));
    case 'openPicker':
      // Only over a comparison on screen: the picker lists by the same similarity.
      return g ? withCompare({ ...c, picker: true }) : state;
    case 'openCoverage':
      return { ...state, view: 'coverage', coverage: initialCoverage(c.a, 'compare') };
    case 'back':
      return { ...state, view: 'browse' };
    default:
      return null;
  }
}

function reducePicker(state: UiState, action: Action): UiState | null {
  const c = state.compare;
  if (!c) return null;
  if (action.type === 'back') return { ...state, compare: { ...c, picker: false } };
  if (action.type === 'pick') return { ...state, compare: { ...initialCompare(c.a, action.article), sync: c.sync } };
  return null;
}

function reduceCoverage(state: UiState, action: Action, vp: Viewport): UiState | null {
  const c = state.coverage;
  const g = vp.coverage;
  if (!c) return null;
  switch (action.type) {
    case 'move':
      return g ? { ...state, coverage: moveRow(c, c.row + action.by, g) } : state;
    case 'page':
      return g ? { ...state, coverage: moveRow(c, c.row + pageOf(action.dir, g.rows, action.half), g) } : state;
    case 'first':
      return g ? { ...state, coverage: moveRow(c, 0, g) } : state;
    case 'last':
      return g ? { ...state, coverage: moveRow(c, g.totalRows - 1, g) } : state;
    case 'sideways':
      return g ? { ...state, coverage: moveColumn(c, action.dir, g) } : state;
    case 'open': {
      const target = g?.cellTarget(c.row, c.column);
      return target ? openAt(state, target.article, target.offset, vp) : state;
    }
    case 'back':
      return { ...state, view: c.from };
    default:
      return null;
  }
}

export function reduceFeatures(state: UiState, action: Action, vp: Viewport): UiState | null {
  if (action.type === 'openSearch') {
    if (state.view === 'search') return { ...state, overlay: null };
    return { ...state, overlay: null, view: 'search', search: { ...state.search, from: state.view, opened: null, recall: null } };
  }
  const context = contextOf(state);
  switch (context) {
    case 'search':
      return reduceSearch(state, action, vp);
    case 'compare':
      return reduceCompare(state, action, vp);
    case 'picker':
      return reducePicker(state, action);
    case 'coverage':
      return reduceCoverage(state, action, vp);
    case 'reader':
      if (state.open !== null && action.type === 'openCompare') {
        return { ...state, view: 'compare', compare: initialCompare(state.open) };
      }
      if (state.open !== null && action.type === 'openCoverage') {
        return { ...state, view: 'coverage', coverage: initialCoverage(state.open, 'browse') };
      }
      return reduceOpenedHit(state, action, vp);
    default:
      return null;
  }
}
