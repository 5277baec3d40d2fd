// The entity sidebar and detail view as a sub-reducer: which entity the cursor is on, which one
// narrows the list and is highlighted in the reader, and which of its mentions was jumped to.
import type { CommonAction } from '../../shared/actions';
import { offsetOfLine } from '../../shared/articleDocument';
import type { Desk, DeskViewport } from '../../shared/desk';
import { applyListFilter } from '../../shared/listFilter';
import type { Pane } from '../../shared/nav';
import { cycleFocus, goBack, goTo } from '../../shared/nav';
import { revealOffset } from '../../shared/reveal';
import type { ScrollAction } from '../../shared/scroll';
import { isScroll, scroll, stepFor } from '../../shared/scroll';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import { followEntity } from './rows';

export interface EntitiesState {
  /** Whether the sidebar is shown (it then joins the focus ring). */
  sidebar: boolean;
  /** Ordinal of the entity under the sidebar cursor (AnalysisData.entities). */
  cursor: number;
  /** First sidebar row shown. */
  top: number;
  /** The entity the list is narrowed to and whose mentions the reader highlights. */
  selected: string | null;
  /** Index of the mention last jumped to (in the entity's ordered mentions), -1 for none. */
  mention: number;
  /** The entity the detail view shows. */
  detail: string | null;
  detailTop: number;
}

export const initialEntities: EntitiesState = { sidebar: false, cursor: 0, top: 0, selected: null, mention: -1, detail: null, detailTop: 0 };

export type EntityAction =
  | { type: 'toggleSidebar' }
  | { type: 'pickEntity' }
  | { type: 'entityDetail' }
  | { type: 'jumpMention'; dir: 1 | -1 };

export interface EntitiesViewport extends DeskViewport {
  /** Entities the sidebar shows at once. */
  sidebarRows?: number;
  /** Text rows of the entity detail view, and its length. */
  entityRows?: number;
  entityLines?: number;
}

type Host = Desk & { entities: EntitiesState; analysis: AnalysisState };

const RING_WITH_SIDEBAR: readonly Pane[] = ['list', 'reader', 'sidebar'];
const RING: readonly Pane[] = ['list', 'reader'];

function toggleSidebar<S extends Host>(state: S): S {
  const sidebar = !state.entities.sidebar;
  const focus: Pane = !sidebar && state.focus === 'sidebar' ? (state.open === null ? 'list' : 'reader') : state.focus;
  return { ...state, focus, ring: sidebar ? RING_WITH_SIDEBAR : RING, entities: { ...state.entities, sidebar } };
}

function pickEntity<S extends Host>(state: S, vp: EntitiesViewport): S {
  const s = readyData(state.analysis)?.entities[state.entities.cursor];
  if (!s) return state;
  const next = { ...state, entities: { ...state.entities, selected: s.entity.id, mention: -1 } };
  return applyListFilter(next, { label: s.entity.name, articles: s.articles, entity: s.entity.id }, vp);
}

function showDetail<S extends Host>(state: S): S {
  const s = readyData(state.analysis)?.entities[state.entities.cursor];
  if (!s) return state;
  return { ...goTo(state, 'entity'), entities: { ...state.entities, detail: s.entity.id, detailTop: 0 } };
}

/**
 * The next or previous mention of the selected entity through the corpus. The first jump
 * starts from the top of the reader's view; later ones step from the last mention reached,
 * opening the next article that mentions it after the last mention of this one (wrapping).
 */
function jumpMention<S extends Host>(state: S, dir: 1 | -1, vp: EntitiesViewport): S {
  const data = readyData(state.analysis);
  const s = state.entities.selected ? data?.byId.get(state.entities.selected) : undefined;
  if (!s || s.ordered.length === 0) return state;
  const n = s.ordered.length;
  let at: number;
  if (state.entities.mention >= 0 && state.entities.mention < n) {
    at = (state.entities.mention + dir + n) % n;
  } else {
    const open = state.open ?? -1;
    const doc = open >= 0 ? vp.readerDoc?.(open) : undefined;
    const from = doc ? offsetOfLine(doc, state.readerTop) : 0;
    const after = s.ordered.findIndex((m) => m.article > open || (m.article === open && m.start >= from));
    at = dir === 1 ? Math.max(0, after) : ((after < 0 ? n : after) - 1 + n) % n;
  }
  const m = s.ordered[at];
  return revealOffset({ ...state, entities: { ...state.entities, mention: at } }, m.article, m.start, vp);
}

/** Common actions come from the sidebar, or from the detail view while it is shown. */
export function reduceEntities<S extends Host>(state: S, action: EntityAction | CommonAction, vp: EntitiesViewport): S {
  const context = state.view === 'entity' ? 'entity' : 'sidebar';
  if (isScroll(action)) return scrollEntities(state, action, context, vp);
  switch (action.type) {
    case 'back':
      return context === 'entity' ? (goBack(state) ?? state) : { ...state, focus: 'list' };
    case 'focus':
      return context === 'sidebar' ? cycleFocus(state, action.dir) : state;
    case 'toggleSidebar':
      return toggleSidebar(state);
    case 'pickEntity':
      return pickEntity(state, vp);
    case 'entityDetail':
      return showDetail(state);
    case 'jumpMention':
      return jumpMention(state, action.dir, vp);
    default:
      return state;
  }
}

/** The chosen entity is the one the list is narrowed to: another filter, or none, forgets it. */
export function settleEntities<S extends Host>(state: S): S {
  const { selected } = state.entities;
  if (selected === null || state.listFilter?.entity === selected) return state;
  return { ...state, entities: { ...state.entities, selected: null, mention: -1 } };
}

/** Scrolling keys in the sidebar (moves the cursor) and in the detail view (scrolls the text). */
export function scrollEntities<S extends Host>(state: S, action: ScrollAction, context: 'sidebar' | 'entity', vp: EntitiesViewport): S {
  if (context === 'entity') {
    const top = scroll(state.entities.detailTop, stepFor(action, vp.entityRows ?? 1), vp.entityLines ?? 0, vp.entityRows ?? 1);
    return { ...state, entities: { ...state.entities, detailTop: top } };
  }
  const data = readyData(state.analysis);
  if (!data || data.entities.length === 0) return state;
  const rows = vp.sidebarRows ?? 1;
  const step = stepFor(action, rows);
  const last = data.entities.length - 1;
  const target = step === -Infinity ? 0 : step === Infinity ? last : state.entities.cursor + step;
  const cursor = Math.max(0, Math.min(last, target));
  return { ...state, entities: { ...state.entities, cursor, top: followEntity(data, cursor, state.entities.top, rows) } };
}

