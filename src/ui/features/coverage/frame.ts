// The frame's part for the coverage view: the story of the article (stories found once per
// context), its matrix (once per story and analysis), the screen, and Viewport.coverage.
import type { AlignContext, Story } from '../../../analysis/align';
import { findStories } from '../../../analysis/align';
import type { Desk } from '../../shared/desk';
import type { ScreenInput } from '../../shared/feature';
import type { AnalysisState } from '../../sources/analysis/state';
import type { Layout } from '../../shared/layout';
import { plural } from '../../shared/text/plural';
import type { Line } from '../../shared/lines';
import type { AnalysisData } from '../../sources/analysis/data';
import { readyData } from '../../sources/analysis/state';
import type { CoverageMatrix } from './matrix';
import { coverageMatrix } from './matrix';
import type { CoverageGeometry, CoverageState } from './state';
import { coverageMetrics, coverageViewLines, matrixRows } from './view';

type CoverageInput = ScreenInput<Desk & { coverage: CoverageState | null; analysis: AnalysisState }>;

const stories = new WeakMap<AlignContext, Story[]>();
const matrices = new WeakMap<Story, WeakMap<AnalysisData, CoverageMatrix>>();

/** The entities are the analysis's when it is ready: the context is rebuilt with them then. */
function storyOf(ctx: AlignContext, id: string, data: AnalysisData | null): Story | null {
  let all = stories.get(ctx);
  if (!all) stories.set(ctx, (all = findStories(ctx, data?.entities.map((s) => s.entity) ?? [])));
  return all.find((s) => s.articles.includes(id)) ?? null;
}

/** The story and its matrix, or what is missing for them. */
function coverageData(input: CoverageInput): { story: Story; matrix: CoverageMatrix } | string {
  const ctx = input.sources?.align;
  const c = input.state.coverage;
  const data = readyData(input.state.analysis);
  if (!c || !ctx) return 'finding the stories…';
  const story = storyOf(ctx, input.corpus.articles[c.article].id, data);
  if (!story) return 'This article is not part of a story: no other article reports the same event.';
  if (!data) return `${story.title}: analysing… (the matrix needs the entities and quotes)`;
  let byData = matrices.get(story);
  if (!byData) matrices.set(story, (byData = new WeakMap()));
  let matrix = byData.get(data);
  // One column per distinct article: a copy would repeat its original's column.
  if (!matrix) byData.set(data, (matrix = coverageMatrix({ articles: story.members.map((m) => m.id) }, data)));
  return { story, matrix };
}

export function coverageGeometry(input: CoverageInput, layout: Layout): CoverageGeometry | undefined {
  if (input.state.view !== 'coverage') return undefined;
  const d = coverageData(input);
  if (typeof d === 'string') return undefined;
  const m = coverageMetrics(layout.body, d.matrix.articles.length);
  const rows = matrixRows(d.matrix);
  const cellTarget = (row: number, column: number) => {
    const r = rows[row];
    const offset = r && 'firstAt' in r ? (r.firstAt[column] ?? -1) : -1;
    return offset < 0 ? null : { article: d.matrix.articles[column], offset };
  };
  return { totalRows: rows.length, rows: m.rows, columns: d.matrix.articles.length, visibleColumns: m.visibleColumns, cellTarget };
}

/** The screen, or the message to show instead. */
export function coverageBody(input: CoverageInput, layout: Layout): Line[] | string {
  const c = input.state.coverage;
  const d = coverageData(input);
  if (typeof d === 'string' || !c) return typeof d === 'string' ? d : '';
  const copies = d.story.articles.length - d.story.members.length;
  const title = `Coverage of “${d.story.title}” · ${d.story.members.length} articles${copies > 0 ? ` (and ${plural(copies, 'copy', 'copies')})` : ''}`;
  return coverageViewLines({ title, articles: input.corpus.articles, matrix: d.matrix, top: c.top, left: c.left, cursor: { row: c.row, column: c.column }, current: c.article, rect: layout.body });
}
