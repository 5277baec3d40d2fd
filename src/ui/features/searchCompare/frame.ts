// The frame's part for search, compare and coverage: their bodies, the geometry the reducer
// needs (Viewport.search/compare/coverage), and the search hits marked in the reader.
import type { Alignment, Story } from '../../../analysis/align';
import { alignArticles, findStories, mostSimilar } from '../../../analysis/align';
import type { AlignContext } from '../../../analysis/align';
import type { Article } from '../../../corpus/types';
import { parseQuery } from '../../../search';
import type { FrameInput } from '../../frame';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { fitBlock, seg } from '../../lines';
import { theme } from '../../theme';
import type { Mark } from '../../marks';
import type { Viewport } from '../../state';
import { readyData } from '../analysis/state';
import type { ColumnsLayout } from '../compare/columns';
import { layoutColumns } from '../compare/columns';
import { compareSummary, summaryText } from '../compare/summary';
import { compareMetrics, compareViewLines } from '../compare/view';
import { coverageMatrix, type CoverageMatrix } from '../coverage/matrix';
import { coverageMetrics, coverageViewLines, matrixRows } from '../coverage/view';
import type { SearchResults } from '../search/results';
import { resultsFor } from '../search/results';
import type { SearchGeometry } from '../search/state';
import { resultRows, searchViewLines } from '../search/view';

type Geometry = Pick<Viewport, 'search' | 'compare' | 'coverage'>;

function searchResults(input: FrameInput): SearchResults | null {
  const index = input.searchCompare?.searchIndex;
  return index ? resultsFor(index, input.state.search.query) : null;
}

function searchGeometry(layout: Layout, results: SearchResults): SearchGeometry {
  return {
    results: results.ordered.map((h, i) => ({ article: results.articleOf[i], start: Math.max(0, h.start) })),
    rowOf: results.rowOf,
    totalRows: results.totalRows,
    rows: resultRows(layout.body.height),
    hitsIn: (article) => (results.inArticle.get(article) ?? []).map((h) => h.start),
  };
}

// Alignments are computed per pair and context; layouts per pair, widths and sync mode.
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

/** The right-hand article: the one picked, else the most similar to the left one. */
function rightArticle(input: FrameInput, ctx: AlignContext): number | null {
  const c = input.state.compare;
  if (!c) return null;
  if (c.b !== null) return c.b;
  const best = mostSimilar(ctx, input.corpus.articles[c.a].id, 1)[0];
  return best ? (ctx.indexOf.get(best.id) ?? null) : null;
}

interface CompareData {
  b: number;
  alignment: Alignment;
  columns: ColumnsLayout;
}

function compareData(input: FrameInput, layout: Layout): CompareData | null {
  const ctx = input.searchCompare?.align;
  const c = input.state.compare;
  if (!ctx || !c) return null;
  const b = rightArticle(input, ctx);
  if (b === null) return null;
  const [A, B] = [input.corpus.articles[c.a], input.corpus.articles[b]];
  const alignment = alignmentOf(ctx, A, B);
  return { b, alignment, columns: columnsOf(alignment, A, B, compareMetrics(layout.body).textWidths, c.sync) };
}

const stories = new WeakMap<AlignContext, Story[]>();

function storyOf(ctx: AlignContext, id: string): Story | null {
  let all = stories.get(ctx);
  if (!all) stories.set(ctx, (all = findStories(ctx)));
  return all.find((s) => s.articles.includes(id)) ?? null;
}

const matrices = new WeakMap<Story, WeakMap<object, CoverageMatrix>>();

function coverageData(input: FrameInput): { story: Story; matrix: CoverageMatrix } | string {
  const ctx = input.searchCompare?.align;
  const c = input.state.coverage;
  const data = readyData(input.state.analysis);
  if (!c) return '';
  if (!ctx) return 'finding the stories…';
  const story = storyOf(ctx, input.corpus.articles[c.article].id);
  if (!story) return 'This article is not part of a story: no other article reports the same event.';
  if (!data) return `${story.title}: analysing… (the matrix needs the entities and quotes)`;
  let byData = matrices.get(story);
  if (!byData) matrices.set(story, (byData = new WeakMap()));
  let matrix = byData.get(data);
  if (!matrix) byData.set(data, (matrix = coverageMatrix(story, data)));
  return { story, matrix };
}

export function searchCompareViewport(input: FrameInput, layout: Layout): Geometry {
  const { state } = input;
  const out: Geometry = {};
  if (state.search.query.trim() && (state.view === 'search' || state.search.opened)) {
    const results = searchResults(input);
    if (results) out.search = searchGeometry(layout, results);
  }
  if (state.view === 'compare' && state.compare) {
    const d = compareData(input, layout);
    if (d) {
      const rows = compareMetrics(layout.body).rows;
      out.compare = {
        sentences: [input.corpus.articles[state.compare.a].sentences.length, input.corpus.articles[d.b].sentences.length],
        spans: d.columns.spans,
        totalRows: [d.columns.rows[0].length, d.columns.rows[1].length],
        rows,
        partner: d.columns.partner,
      };
    }
  }
  if (state.view === 'coverage') {
    const d = coverageData(input);
    if (typeof d !== 'string') {
      const m = coverageMetrics(layout.body, d.matrix.articles.length);
      out.coverage = { totalRows: matrixRows(d.matrix).length, rows: m.rows, columns: d.matrix.articles.length, visibleColumns: m.visibleColumns };
    }
  }
  return out;
}

/** What the summary row adds: parts of the query that were ignored, and what analysis has yet to bring. */
function searchNote(input: FrameInput): string | null {
  const notes = parseQuery(input.state.search.query).warnings.slice(0, 1);
  if (input.searchCompare?.searchWithoutAnalysis) notes.push('quotes and entities become searchable when analysis ends');
  return notes.length ? notes.join(' · ') : null;
}

/** A screen that has only a message: what it waits for, or why there is nothing to show. */
function messageLines(text: string, rect: Layout['body']): Line[] {
  return fitBlock([[], [seg(' '), seg(text, theme.placeholder)]], rect.width, rect.height);
}

export function searchCompareBody(input: FrameInput, layout: Layout): Line[] | null {
  const { state, corpus } = input;
  const rect = layout.body;
  if (state.view === 'search') {
    return searchViewLines({ articles: corpus.articles, state: state.search, results: searchResults(input), note: searchNote(input), rect });
  }
  if (state.view === 'compare' && state.compare) {
    const d = compareData(input, layout);
    if (!d) {
      const waiting = input.searchCompare?.align ? 'No other article shares any words with this one.' : 'preparing the comparison…';
      return messageLines(waiting, rect);
    }
    const summary = summaryText(compareSummary(d.alignment, readyData(state.analysis), state.compare.a, d.b));
    return compareViewLines({ articles: [corpus.articles[state.compare.a], corpus.articles[d.b]], columns: d.columns, state: state.compare, summary, rect });
  }
  if (state.view === 'coverage' && state.coverage) {
    const d = coverageData(input);
    if (typeof d === 'string') return messageLines(d, rect);
    const n = d.story.articles.length;
    const title = `Coverage of “${d.story.title}” · ${n} articles`;
    return coverageViewLines({ title, articles: corpus.articles, matrix: d.matrix, top: state.coverage.top, left: state.coverage.left, current: state.coverage.article, rect });
  }
  return null;
}

/** The reader's marks plus, for an article opened from the search results, every hit of the query (the current one stronger). */
export function withSearchMarks(marks: readonly Mark[], input: FrameInput): readonly Mark[] {
  const opened = input.state.search.opened;
  if (!opened || opened.article !== input.state.open || input.state.view !== 'browse') return marks;
  const hits = searchResults(input)?.inArticle.get(opened.article);
  if (!hits) return marks;
  const spansOf = (h: (typeof hits)[number]) => (h.highlights.length ? h.highlights : [{ start: h.start, end: h.end }]);
  const others: Mark[] = hits.flatMap((h, i) => (i === opened.hit ? [] : spansOf(h).map((span): Mark => ({ span, style: 'hit' }))));
  // The current hit last, so its style wins where hits overlap.
  const current: Mark[] = hits[opened.hit] ? spansOf(hits[opened.hit]).map((span) => ({ span, style: 'current-hit' })) : [];
  return [...marks, ...others, ...current];
}
