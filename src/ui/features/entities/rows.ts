// The sidebar as rows: a heading per entity type, then its entities in the scope (the open
// article's or the corpus's, narrowed by what was typed). The cursor moves over entities only;
// rows are what scrolls.
import type { AnalysisData } from '../../sources/analysis/data';
import type { SidebarScope } from './scope';
import { entityFilter } from './scope';

export type SidebarRow = { kind: 'group'; title: string; count: number } | { kind: 'entity'; ordinal: number };

export interface RowModel {
  rows: SidebarRow[];
  /** The entities listed, by ordinal in AnalysisData.entities, in row order. */
  ordinals: number[];
  /** Row of each listed entity, by ordinal. */
  rowOf: ReadonlyMap<number, number>;
}

/** The last models built per analysis: the sidebar asks for the same scope on every frame. */
const models = new WeakMap<AnalysisData, { key: string; model: RowModel }>();

const keyOf = (scope: SidebarScope) => `${scope.corpusWide ? '*' : scope.open}\u0000${scope.find}`;

export function sidebarModel(data: AnalysisData, scope: SidebarScope): RowModel {
  const key = keyOf(scope);
  const known = models.get(data);
  if (known?.key === key) return known.model;
  const keep = entityFilter(data, scope);
  const rows: SidebarRow[] = [];
  const ordinals: number[] = [];
  const rowOf = new Map<number, number>();
  let ordinal = 0;
  for (const g of data.groups) {
    const listed = g.entities.map((s, i) => ({ s, ordinal: ordinal + i })).filter(({ s }) => !keep || keep(s));
    ordinal += g.entities.length;
    if (listed.length === 0) continue;
    rows.push({ kind: 'group', title: g.title, count: listed.length });
    for (const e of listed) {
      rowOf.set(e.ordinal, rows.length);
      ordinals.push(e.ordinal);
      rows.push({ kind: 'entity', ordinal: e.ordinal });
    }
  }
  const model = { rows, ordinals, rowOf };
  models.set(data, { key, model });
  return model;
}

/** The entity under the cursor: the one chosen if it is listed, else the first listed; -1 for none. */
export function cursorEntity(model: RowModel, cursor: number): number {
  return model.rowOf.has(cursor) ? cursor : (model.ordinals[0] ?? -1);
}

/** Keeps the cursor's row visible with the smallest change; shows its group heading when that fits. */
export function followEntity(model: RowModel, cursor: number, top: number, rows: number): number {
  const { rows: all, rowOf } = model;
  const r = Math.max(1, rows);
  const row = rowOf.get(cursor) ?? 0;
  let next = top;
  const wanted = all[row - 1]?.kind === 'group' ? row - 1 : row;
  if (wanted < next) next = wanted;
  if (row >= next + r) next = row - r + 1;
  return Math.max(0, Math.min(next, Math.max(0, all.length - r)));
}
