// The sidebar as rows: a heading per entity type, then its entities. The cursor moves over
// entities only; rows are what scrolls.
import type { AnalysisData } from '../../sources/analysis/data';

export type SidebarRow = { kind: 'group'; title: string; count: number } | { kind: 'entity'; ordinal: number };

interface RowModel {
  rows: SidebarRow[];
  /** Row of each entity, by its ordinal in AnalysisData.entities. */
  rowOf: number[];
}

const models = new WeakMap<AnalysisData, RowModel>();

export function sidebarModel(data: AnalysisData): RowModel {
  let model = models.get(data);
  if (model) return model;
  const rows: SidebarRow[] = [];
  const rowOf: number[] = [];
  let ordinal = 0;
  for (const g of data.groups) {
    if (g.entities.length === 0) continue;
    rows.push({ kind: 'group', title: g.title, count: g.entities.length });
    for (let i = 0; i < g.entities.length; i++) {
      rowOf.push(rows.length);
      rows.push({ kind: 'entity', ordinal: ordinal++ });
    }
  }
  models.set(data, (model = { rows, rowOf }));
  return model;
}

/** Keeps the cursor's row visible with the smallest change; shows its group heading when that fits. */
export function followEntity(data: AnalysisData, cursor: number, top: number, rows: number): number {
  const { rows: all, rowOf } = sidebarModel(data);
  const r = Math.max(1, rows);
  const row = rowOf[cursor] ?? 0;
  let next = top;
  const wanted = all[row - 1]?.kind === 'group' ? row - 1 : row;
  if (wanted < next) next = wanted;
  if (row >= next + r) next = row - r + 1;
  return Math.max(0, Math.min(next, Math.max(0, all.length - r)));
}
