// The entity sidebar and detail view as a sub-reducer: which entity the cursor is on, which one
// narrows the list and is highlighted in the reader, and which of its mentions was jumped to.
import type { CommonAction } from '../../shared/actions';
import { offsetOfLine } from '../../shared/articleDocument';
import type { Desk, DeskViewport } from '../../shared/desk';
import { applyListFilter } from '../../shared/listFilter';
import type { Pane } from '../../shared/nav';
import { cycleFocus, goBack, goTo } from '../../shared/nav';
import { openAt, revealOffset } from '../../shared/reveal';
import type { ScrollAction } from '../../shared/scroll';
import { followCursor, isScroll, moveCursor, scrollBy, stepFor } from '../../shared/scroll';
import type { AnalysisData } from '../../sources/analysis/data';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import type { MentionTarget } from './detail';
import type { RowModel } from './rows';
import { cursorEntity, followEntity, sidebarModel } from './rows';
import { folded } from './scope';

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
  /** The mention chosen in the detail view (its order there). */
  detailCursor: number;
  /** The sidebar lists the whole corpus's entities even while an article is open (else that article's). */
  corpusWide: boolean;
  /** What was typed to find an entity by name. */
  find: string;
  /** Whether keys go to the sidebar's find line. */
  finding: boolean;
}

export const initialEntities: EntitiesState = {
  sidebar: false,
  cursor: 0,
  top: 0,
  selected: null,
  mention: -1,
  detail: null,
  detailTop: 0,
  detailCursor: 0,
  corpusWide: false,
  find: '',
  finding: false,
};

export type EntityAction =
  | { type: 'toggleSidebar' }
  | { type: 'pickEntity' }
  | { type: 'entityDetail' }
  | { type: 'jumpMention'; dir: 1 | -1 }
  /** This article's entities or the corpus's. */
  | { type: 'toggleEntityScope' }
  | { type: 'findEntity' }
  /** Leaves the find line, keeping what was typed or clearing it. */
  | { type: 'findEntityDone'; keep: boolean };

export interface EntitiesViewport extends DeskViewport {
  /** Entities the sidebar shows at once. */
  sidebarRows?: number;
  /** Text rows of the entity detail view, and its length. */
  entityRows?: number;
  entityLines?: number;
  /** The detail view's mentions: their rows, and where each opens its article. */
  entityTargets?: readonly MentionTarget[];
}

type Host = Desk & { entities: EntitiesState; analysis: AnalysisState };

const RING_WITH_SIDEBAR: readonly Pane[] = ['list', 'reader', 'sidebar'];
const RING: readonly Pane[] = ['list', 'reader'];

function toggleSidebar<S extends Host>(state: S): S {
  const sidebar = !state.entities.sidebar;
  const focus: Pane = !sidebar && state.focus === 'sidebar' ? (state.open === null ? 'list' : 'reader') : state.focus;
  return { ...state, focus, ring: sidebar ? RING_WITH_SIDEBAR : RING, entities: { ...state.entities, sidebar } };
}

/** The sidebar's rows for the state: the scope and the find line narrow them. */
function modelOf(state: Host): RowModel | null {
  const data = readyData(state.analysis);
  return data ? sidebarModel(data, { open: state.open, corpusWide: state.entities.corpusWide, find: state.entities.find }) : null;
}

/** The entity under the sidebar cursor, among those listed. */
function chosenEntity(state: Host) {
  const model = modelOf(state);
  const ordinal = model ? cursorEntity(model, state.entities.cursor) : -1;
  return ordinal < 0 ? undefined : readyData(state.analysis)?.entities[ordinal];
}

/** Among the entities found, the one whose name is what was typed, else begins with it, else the first. */
function bestFound(model: RowModel, data: AnalysisData, find: string): number | undefined {
  const wanted = folded(find.trim());
  const names = model.ordinals.map((o) => [o, folded(data.entities[o].entity.name)] as const);
  return (names.find(([, n]) => n === wanted) ?? names.find(([, n]) => n.startsWith(wanted)))?.[0];
}

/** The list changed (scope, find): the cursor goes to the best entity found, or stays if its own is still listed, else to the first; the list to its top. */
function relisted<S extends Host>(state: S, entities: Partial<EntitiesState>): S {
  const next = { ...state, entities: { ...state.entities, ...entities } };
  const model = modelOf(next);
  const data = readyData(next.analysis);
  const found = model && data && next.entities.find.trim() ? bestFound(model, data, next.entities.find) : undefined;
  const cursor = found ?? (model ? cursorEntity(model, next.entities.cursor) : next.entities.cursor);
  return { ...next, entities: { ...next.entities, cursor: Math.max(0, cursor), top: 0 } };
}

function pickEntity<S extends Host>(state: S, vp: EntitiesViewport): S {
  const s = chosenEntity(state);
  if (!s) return state;
  const next = { ...state, entities: { ...state.entities, selected: s.entity.id, mention: -1 } };
  return applyListFilter(next, { label: s.entity.name, articles: s.articles, entity: s.entity.id }, vp);
}

function showDetail<S extends Host>(state: S): S {
  const s = chosenEntity(state);
  if (!s) return state;
  return { ...goTo(state, 'entity'), entities: { ...state.entities, detail: s.entity.id, detailTop: 0, detailCursor: 0 } };
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
  if (context === 'sidebar' && state.entities.finding) return reduceFindLine(state, action, vp);
  if (isScroll(action)) return scrollEntities(state, action, context, vp);
  switch (action.type) {
    case 'toggleEntityScope':
      return relisted(state, { corpusWide: !state.entities.corpusWide });
    case 'findEntity':
      return { ...state, entities: { ...state.entities, finding: true } };
    case 'back':
      return context === 'entity' ? (goBack(state) ?? state) : { ...state, focus: 'list' };
    case 'open': {
      const target = context === 'entity' ? vp.entityTargets?.[state.entities.detailCursor] : undefined;
      return target ? openAt(state, target.article, target.start, vp) : state;
    }
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

/** On the find line: letters narrow the list as they are typed; ↑ ↓ and Enter keep them and go back to the list. */
function reduceFindLine<S extends Host>(state: S, action: EntityAction | CommonAction, vp: EntitiesViewport): S {
  const find = state.entities.find;
  switch (action.type) {
    case 'input':
      return relisted(state, { find: find + action.text });
    case 'erase':
      return relisted(state, { find: [...find].slice(0, -1).join('') });
    case 'clearInput':
      return relisted(state, { find: '' });
    case 'findEntityDone':
      return action.keep ? { ...state, entities: { ...state.entities, finding: false } } : relisted(state, { find: '', finding: false });
    case 'move':
      return scrollEntities({ ...state, entities: { ...state.entities, finding: false } }, action, 'sidebar', vp);
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

/** In the detail view the keys choose a mention, the text scrolling to keep it in view; without mentions they scroll. */
function moveInDetail<S extends Host>(state: S, action: ScrollAction, vp: EntitiesViewport): S {
  const rows = vp.entityRows ?? 1;
  const lines = vp.entityLines ?? 0;
  const targets = vp.entityTargets ?? [];
  const e = state.entities;
  if (targets.length === 0) return { ...state, entities: { ...e, detailTop: scrollBy(e.detailTop, action, lines, rows) } };
  const { cursor } = moveCursor(e.detailCursor, 0, action, rows, targets.length);
  // Back on the first mention the page's top comes with it (the name and the counts).
  const top = cursor === 0 ? 0 : followCursor(targets[cursor].row, e.detailTop, rows, lines);
  return { ...state, entities: { ...e, detailCursor: cursor, detailTop: top } };
}

/** Scrolling keys in the sidebar (moves the cursor) and in the detail view (scrolls the text). */
function scrollEntities<S extends Host>(state: S, action: ScrollAction, context: 'sidebar' | 'entity', vp: EntitiesViewport): S {
  if (context === 'entity') return moveInDetail(state, action, vp);
  const model = modelOf(state);
  if (!model || model.ordinals.length === 0) return state;
  const rows = vp.sidebarRows ?? 1;
  const step = stepFor(action, rows);
  const last = model.ordinals.length - 1;
  const at = Math.max(0, model.ordinals.indexOf(cursorEntity(model, state.entities.cursor)));
  const target = step === -Infinity ? 0 : step === Infinity ? last : at + step;
  const cursor = model.ordinals[Math.max(0, Math.min(last, target))];
  return { ...state, entities: { ...state.entities, cursor, top: followEntity(model, cursor, state.entities.top, rows) } };
}

