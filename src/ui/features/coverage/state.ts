// The coverage matrix's state: which story, and where the matrix is scrolled to.
import type { View } from '../../state';

export interface CoverageState {
  /** The article whose story is shown. */
  article: number;
  /** First matrix row shown. */
  top: number;
  /** First article column shown. */
  left: number;
  /** Where Esc returns to. */
  from: View;
}

export interface CoverageGeometry {
  totalRows: number;
  rows: number;
  columns: number;
  /** Article columns that fit the width. */
  visibleColumns: number;
}

export function initialCoverage(article: number, from: View): CoverageState {
  return { article, top: 0, left: 0, from };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function scrollRows(s: CoverageState, target: number, g: CoverageGeometry): CoverageState {
  return { ...s, top: clamp(target, 0, Math.max(0, g.totalRows - Math.max(1, g.rows))) };
}

export function scrollColumns(s: CoverageState, by: number, g: CoverageGeometry): CoverageState {
  return { ...s, left: clamp(s.left + by, 0, Math.max(0, g.columns - Math.max(1, g.visibleColumns))) };
}
