// The frame's part for the compare view: the right-hand article, the alignment and the column
// layout (each computed once per pair, width and mode), the screen, and Viewport.compare.
import type { AlignContext, Alignment } from '../../../analysis/align';
import { alignArticles, duplicateLabel, duplicatesOf, mostSimilarDistinct } from '../../../analysis/align';
import type { Article } from '../../../corpus/types';
import type { Desk } from '../../shared/desk';
import type { ScreenInput } from '../../shared/feature';
import type { AnalysisState } from '../../sources/analysis/state';
import type { Layout } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { readyData } from '../../sources/analysis/state';
import type { ColumnsLayout } from './columns';
import { layoutColumns } from './columns';
import type { CompareGeometry, CompareState } from './state';
import { compareSummary, summaryText } from './summary';
import { compareMetrics, compareViewLines } from './view';

type CompareInput = ScreenInput<Desk & { compare: CompareState | null; analysis: AnalysisState }>;

const alignments = new WeakMap<AlignContext, Map<string, Alignment>>();
const columnLayouts = new WeakMap<Alignment, Map<string, ColumnsLayout>>();

function alignmentOf(ctx: AlignContext, a: Article, b: Article): Alignment {
  let byPair = alignments.get(ctx);
  if (!byPair) alignments.set(ctx, (byPair = new Map()));
  const key = `${a.id}\u0000${b.id}`;
  let found = byPair.get(key);
  if (!found) byPair.set(key, (found = alignArticles(a, b, ctx)));
  return found;
}

function columnsOf(alignment: Alignment, a: Article, b: Article, widths: readonly [number, number], sync: boolean): ColumnsLayout {
  let byShape = columnLayouts.get(alignment);
  if (!byShape) columnLayouts.set(alignment, (byShape = new Map()));
  const key = `${widths[0]}:${widths[1]}:${sync}`;
  let found = byShape.get(key);
  if (!found) byShape.set(key, (found = layoutColumns(a, b, alignment, widths, sync)));
  return found;
}

/** The right-hand article: the one picked, else the most similar other source (never a copy of the left one). */
function rightArticle(input: CompareInput, ctx: AlignContext): number | null {
  const c = input.state.compare;
  if (!c) return null;
  if (c.b !== null) return c.b;
  const best = mostSimilarDistinct(ctx, input.corpus.articles[c.a].id, 1)[0];
  return best ? (ctx.indexOf.get(best.id) ?? null) : null;
}

interface CompareData {
  b: number;
  alignment: Alignment;
  columns: ColumnsLayout;
}

/** The comparison on screen, or why there is none: the context is still being built, or nothing is similar. */
function compareData(input: CompareInput, layout: Layout): CompareData | string {
  const ctx = input.sources?.align;
  const c = input.state.compare;
  if (!ctx || !c) return 'preparing the comparison…';
  const b = rightArticle(input, ctx);
  if (b === null) return 'No other article shares any words with this one.';
  const [A, B] = [input.corpus.articles[c.a], input.corpus.articles[b]];
  const alignment = alignmentOf(ctx, A, B);
  return { b, alignment, columns: columnsOf(alignment, A, B, compareMetrics(layout.body).textWidths, c.sync) };
}

export function compareGeometry(input: CompareInput, layout: Layout): CompareGeometry | undefined {
  const c = input.state.compare;
  if (input.state.view !== 'compare' || !c) return undefined;
  const d = compareData(input, layout);
  if (typeof d === 'string') return undefined;
  return {
    sentences: [input.corpus.articles[c.a].sentences.length, input.corpus.articles[d.b].sentences.length],
    spans: d.columns.spans,
    totalRows: [d.columns.rows[0].length, d.columns.rows[1].length],
    rows: compareMetrics(layout.body).rows,
    partner: d.columns.partner,
  };
}

/** The screen, or the message to show instead. */
export function compareBody(input: CompareInput, layout: Layout): Line[] | string {
  const { state, corpus } = input;
  const d = compareData(input, layout);
  if (typeof d === 'string' || !state.compare) return typeof d === 'string' ? d : '';
  const copies = duplicateNote(input.sources!.align!, corpus.articles[state.compare.a].id);
  // The view draws the summary after one column of margin.
  const summary = summaryText(compareSummary(d.alignment, readyData(state.analysis), state.compare.a, d.b), layout.body.width - 1, copies);
  const articles: [Article, Article] = [corpus.articles[state.compare.a], corpus.articles[d.b]];
  return compareViewLines({ articles, columns: d.columns, state: state.compare, summary, rect: layout.body });
}

const duplicateNotes = new WeakMap<AlignContext, Map<string, string>>();

/** "identical to politics/253" when the left article has copies (each said once), else ''. */
function duplicateNote(ctx: AlignContext, id: string): string {
  let byId = duplicateNotes.get(ctx);
  if (!byId) duplicateNotes.set(ctx, (byId = new Map()));
  let note = byId.get(id);
  if (note === undefined) {
    const labels = duplicatesOf(ctx, id).map(duplicateLabel);
    byId.set(id, (note = labels.join(', ')));
  }
  return note;
}
