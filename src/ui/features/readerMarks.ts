// What the analysis marks in the reader: every quotation, the chosen entity's mentions, and
// the mention or quote last jumped to.
import type { Mark } from '../shared/marks';
import type { UiState } from '../state';
import { readyData } from '../sources/analysis/state';

let last: { key: unknown[]; marks: Mark[] } | null = null;

/** Marks for the open article; the same array while nothing they depend on changes. */
export function analysisMarks(state: UiState): readonly Mark[] {
  const data = readyData(state.analysis);
  if (!data || state.open === null) return [];
  const open = state.open;
  const { selected, mention } = state.entities;
  const key = [data, open, selected, mention, state.quotes.opened];
  if (last && last.key.every((k, i) => k === key[i])) return last.marks;

  const marks: Mark[] = [];
  const quotes = data.quotesByArticle.get(open) ?? [];
  for (const q of quotes) marks.push({ span: q.span, style: 'quote' });
  const entity = selected ? data.byId.get(selected) : undefined;
  if (entity) {
    entity.ordered.forEach((m, i) => {
      if (m.article === open) marks.push({ span: { start: m.start, end: m.end }, style: i === mention ? 'current-hit' : 'hit' });
    });
  }
  const opened = quotes.find((q) => q.id === state.quotes.opened);
  if (opened) marks.push({ span: opened.span, style: 'current-hit' });
  last = { key, marks };
  return marks;
}
