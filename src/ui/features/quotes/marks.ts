// Every quotation in the open article, and the quote last opened from the Quotes view stronger.
import type { Mark } from '../../shared/marks';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import type { QuotesState } from './state';

export function quoteMarks(state: { open: number | null; quotes: QuotesState; analysis: AnalysisState }): readonly Mark[] {
  const data = readyData(state.analysis);
  if (!data || state.open === null) return [];
  const quotes = data.quotesByArticle.get(state.open) ?? [];
  const marks: Mark[] = quotes.map((q) => ({ span: q.span, style: 'quote' }));
  const opened = quotes.find((q) => q.id === state.quotes.opened);
  if (opened) marks.push({ span: opened.span, style: 'current-hit' });
  return marks;
}
