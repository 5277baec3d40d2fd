// The coverage matrix's state: which story, and where the matrix is scrolled to.
import type { CommonAction } from '../../shared/actions';
import type { Desk, DeskViewport } from '../../shared/desk';
import { goBack, goTo } from '../../shared/nav';
import { openAt } from '../../shared/reveal';
import { cursorTarget } from '../../shared/scroll';

export interface CoverageState {
  /** The article whose story is shown. */
  article: number;
  /** First matrix row shown. */
  top: number;
  /** First article column shown. */
  left: number;
  /** The cell cursor: a row of the matrix (sections included) and an article column. */
  row: number;
  column: number;
}

export interface CoverageGeometry {
  totalRows: number;
  rows: number;
  columns: number;
  /** Article columns that fit the width. */
  visibleColumns: number;
  /** What Enter on a cell opens: the article and where its row first occurs there; null for none. */
  cellTarget(row: number, column: number): { article: number; offset: number } | null;
}

function initialCoverage(article: number): CoverageState {
  return { article, top: 0, left: 0, row: 1, column: 0 };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Moves the cell cursor to matrix row `target`, scrolling the rows so it shows. */
function moveRow(s: CoverageState, target: number, g: CoverageGeometry): CoverageState {
  const row = clamp(target, 0, Math.max(0, g.totalRows - 1));
  const rows = Math.max(1, g.rows);
  const top = clamp(row < s.top ? row : row >= s.top + rows ? row - rows + 1 : s.top, 0, Math.max(0, g.totalRows - rows));
  return { ...s, row, top };
}

/** Moves the cell cursor `by` article columns, scrolling across so its column shows. */
function moveColumn(s: CoverageState, by: number, g: CoverageGeometry): CoverageState {
  const column = clamp(s.column + by, 0, Math.max(0, g.columns - 1));
  const visible = Math.max(1, g.visibleColumns);
  const left = clamp(column < s.left ? column : column >= s.left + visible ? column - visible + 1 : s.left, 0, Math.max(0, g.columns - visible));
  return { ...s, column, left };
}

export type CoverageAction =
  | { type: 'openCoverage' }
  /** ← / → across the coverage matrix's article columns. */
  | { type: 'sideways'; dir: 1 | -1 };

export interface CoverageViewport extends DeskViewport {
  coverage?: CoverageGeometry;
}

type Host = Desk & { coverage: CoverageState | null };

/** C: the story of the open article (the left one in the compare view, which keeps it open). */
function openCoverage<S extends Host>(state: S): S {
  return state.open === null ? state : { ...goTo(state, 'coverage'), coverage: initialCoverage(state.open) };
}

export function reduceCoverage<S extends Host>(state: S, action: CoverageAction | CommonAction, vp: CoverageViewport): S {
  if (action.type === 'openCoverage') return openCoverage(state);
  const c = state.coverage;
  const g = vp.coverage;
  if (!c) return state;
  switch (action.type) {
    case 'move':
    case 'page':
    case 'first':
    case 'last':
      return g ? { ...state, coverage: moveRow(c, cursorTarget(c.row, action, g.rows, g.totalRows), g) } : state;
    case 'sideways':
      return g ? { ...state, coverage: moveColumn(c, action.dir, g) } : state;
    case 'open': {
      const target = g?.cellTarget(c.row, c.column);
      return target ? openAt(state, target.article, target.offset, vp) : state;
    }
    case 'back':
      return goBack(state) ?? state;
    default:
      return state;
  }
}
