// The entity sidebar and detail view as a sub-reducer: which entity the cursor is on, which one
// narrows the list and is highlighted in the reader, and which of its mentions was jumped to.
import type { Pane, UiState, Viewport } from '../../state';
import { scroll, stepFor } from '../../state';
import { offsetOfLine } from '../../shared/articleDocument';
import { readyData } from '../../sources/analysis/state';
import { revealOffset } from '../../shared/reveal';
import { applyListFilter } from '../../shared/listFilter';
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

const RING_WITH_SIDEBAR: readonly Pane[] = ['list', 'reader', 'sidebar'];
const RING: readonly Pane[] = ['list', 'reader'];

export function isEntityAction(action: { type: string }): action is EntityAction {
  return ['toggleSidebar', 'pickEntity', 'entityDetail', 'jumpMention'].includes(action.type);
}

function toggleSidebar(state: UiState): UiState {
  const sidebar = !state.entities.sidebar;
  const focus: Pane = !sidebar && state.focus === 'sidebar' ? (state.open === null ? 'list' : 'reader') : state.focus;
  return { ...state, focus, ring: sidebar ? RING_WITH_SIDEBAR : RING, entities: { ...state.entities, sidebar } };
}

function pickEntity(state: UiState, vp: Viewport): UiState {
  const s = readyData(state.analysis)?.entities[state.entities.cursor];
  if (!s) return state;
  const next = { ...state, entities: { ...state.entities, selected: s.entity.id, mention: -1 } };
  return applyListFilter(next, { label: s.entity.name, articles: s.articles }, vp);
}

function showDetail(state: UiState): UiState {
  const s = readyData(state.analysis)?.entities[state.entities.cursor];
  if (!s) return state;
  return { ...state, view: 'entity', entities: { ...state.entities, detail: s.entity.id, detailTop: 0 } };
}

/**
 * The next or previous mention of the selected entity through the corpus. The first jump
 * starts from the top of the reader's view; later ones step from the last mention reached,
 * opening the next article that mentions it after the last mention of this one (wrapping).
 */
function jumpMention(state: UiState, dir: 1 | -1, vp: Viewport): UiState {
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

export function reduceEntities(state: UiState, action: EntityAction, vp: Viewport): UiState {
  switch (action.type) {
    case 'toggleSidebar':
      return toggleSidebar(state);
    case 'pickEntity':
      return pickEntity(state, vp);
    case 'entityDetail':
      return showDetail(state);
    case 'jumpMention':
      return jumpMention(state, action.dir, vp);
  }
}

/** Scrolling keys in the sidebar (moves the cursor) and in the detail view (scrolls the text). */
export function scrollEntities(state: UiState, action: Parameters<typeof stepFor>[0], context: 'sidebar' | 'entity', vp: Viewport): UiState {
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

