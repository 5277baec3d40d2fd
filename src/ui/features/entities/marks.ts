// The chosen entity's mentions in the open article, the one last jumped to stronger.
import type { Mark } from '../../shared/marks';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import type { EntitiesState } from './state';

export function entityMarks(state: { open: number | null; entities: EntitiesState; analysis: AnalysisState }): readonly Mark[] {
  const data = readyData(state.analysis);
  const { selected, mention } = state.entities;
  const entity = data && selected && state.open !== null ? data.byId.get(selected) : undefined;
  if (!entity) return [];
  const marks: Mark[] = [];
  entity.ordered.forEach((m, i) => {
    if (m.article === state.open) marks.push({ span: { start: m.start, end: m.end }, style: i === mention ? 'current-hit' : 'hit' });
  });
  return marks;
}
