// Who is mentioned and who is quoted in each article of a story: counts per entity (most
// mentioned first) and per quote speaker (most quoted first), by article.
import type { Story } from '../../../analysis/align';
import type { AnalysisData } from '../../sources/analysis/data';

export interface MatrixRow {
  label: string;
  /** One count per story article, in the story's order. */
  counts: number[];
  total: number;
  /** Per story article, where the row first occurs in its text (a mention, a quote); -1 where it does not. */
  firstAt: number[];
}

export interface CoverageMatrix {
  /** Article indices, in corpus order. */
  articles: number[];
  entities: MatrixRow[];
  speakers: MatrixRow[];
}

const byTotal = (x: MatrixRow, y: MatrixRow) =>
  y.total - x.total || y.counts.filter(Boolean).length - x.counts.filter(Boolean).length || x.label.localeCompare(y.label);

export function coverageMatrix(story: Pick<Story, 'articles'>, data: AnalysisData): CoverageMatrix {
  const articles = story.articles.map((id) => data.articleIndex.get(id)).filter((i): i is number => i !== undefined);
  const entities: MatrixRow[] = [];
  for (const summary of data.entities) {
    const counts = articles.map((i) => summary.perArticle.get(i) ?? 0);
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > 0) entities.push({ label: summary.entity.name, counts, total, firstAt: firstMentions(summary, articles) });
  }
  const speakers = new Map<string, MatrixRow>();
  articles.forEach((article, column) => {
    for (const q of data.quotesByArticle.get(article) ?? []) {
      if (!q.speaker) continue;
      // Linked speakers go by their entity's name, so one person is one row across outlets.
      const label = (q.speaker.entity && data.byId.get(q.speaker.entity)?.entity.name) || q.speaker.name;
      let row = speakers.get(label);
      if (!row) speakers.set(label, (row = { label, counts: articles.map(() => 0), total: 0, firstAt: articles.map(() => -1) }));
      if (row.firstAt[column] < 0 || q.span.start < row.firstAt[column]) row.firstAt[column] = q.span.start;
      row.counts[column]++;
      row.total++;
    }
  });
  return { articles, entities: entities.sort(byTotal), speakers: [...speakers.values()].sort(byTotal) };
}

/** Where each article first mentions the entity (`ordered` is in reading order), -1 where it does not. */
function firstMentions(summary: AnalysisData['entities'][number], articles: readonly number[]): number[] {
  const first = new Map<number, number>();
  for (const m of summary.ordered) if (!first.has(m.article)) first.set(m.article, m.start);
  return articles.map((i) => first.get(i) ?? -1);
}
