// The coverage matrix on screen: article columns (headline, outlet and date as headers, and the
// cursor column's article named in full above them) limited to the width with a marker where
// more are off screen, entity and speaker rows scrolled, the cell cursor shown.
import type { Article } from '../../../corpus/types';
import type { Line, Style } from '../../shared/lines';
import { fitBlock, fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { truncateToWidth } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import { indicatorLine } from '../../shared/scrolled';
import type { CoverageMatrix, MatrixRow } from './matrix';

const coverageStyles = {
  title: { bold: true },
  section: { bold: true, underline: true },
  header: { bold: true },
  /** The article the coverage was opened from. */
  currentHeader: { bold: true, inverse: true },
  headerMeta: { dim: true },
  count: { color: 'green', bold: true },
  /** The cell Enter opens. */
  cursor: { inverse: true },
  none: { dim: true },
  more: { color: 'cyan', bold: true },
} satisfies Record<string, Style>;

/** Columns per article: up to 8 characters of a count, id or outlet, and a blank. */
const CELL = 9;
/** Room for ' 999 more ▸'. */
const MORE_WIDTH = 11;
/** Title, the cursor column's article, and three header rows above the matrix; the position indicator below. */
const ABOVE = 5;
const BELOW = 1;

export interface CoverageMetrics {
  labelWidth: number;
  /** Article columns that fit beside the labels. */
  visibleColumns: number;
  rows: number;
}

export function coverageMetrics(rect: Rect, columns: number): CoverageMetrics {
  const labelWidth = Math.max(12, Math.min(30, Math.floor(rect.width * 0.3)));
  // Two columns before the cells for the "◂" marker; room after them for "N more ▸" when not all fit.
  const room = rect.width - labelWidth - 2;
  const fit = Math.floor(room / CELL) >= columns ? columns : Math.max(1, Math.floor((room - MORE_WIDTH) / CELL));
  return { labelWidth, visibleColumns: Math.min(columns, fit), rows: Math.max(1, rect.height - ABOVE - BELOW) };
}

/** The matrix's scrolled part: section titles and rows. */
export function matrixRows(m: CoverageMatrix): ({ section: string } | MatrixRow)[] {
  return [
    { section: `Entities (${m.entities.length}), most mentioned first: mentions per article` },
    ...m.entities,
    { section: `Quote speakers (${m.speakers.length}), most quoted first: quotes per article` },
    ...(m.speakers.length ? m.speakers : [{ label: 'nobody quoted by name', counts: [], total: 0, firstAt: [] }]),
  ];
}

/** An id short enough for a cell: the file name of a path-like id (bbc/politics/012 → 012), else the id. */
export function shortId(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash >= 0 && slash < id.length - 1 ? id.slice(slash + 1) : id;
}

const cell = (text: string) => truncateToWidth(text, CELL - 1).padStart(CELL - 1) + ' ';

export interface CoverageViewProps {
  title: string;
  articles: readonly Article[];
  matrix: CoverageMatrix;
  top: number;
  left: number;
  /** The article the view was opened from, marked in the header; -1 for none. */
  current?: number;
  /** The cell cursor (a matrix row, sections included, and an article column); none when absent. */
  cursor?: { row: number; column: number };
  rect: Rect;
}

export function coverageViewLines({ title, articles, matrix, top, left, current = -1, cursor, rect }: CoverageViewProps): Line[] {
  const m = coverageMetrics(rect, matrix.articles.length);
  const first = Math.max(0, Math.min(left, matrix.articles.length - m.visibleColumns));
  const shown = matrix.articles.slice(first, first + m.visibleColumns);
  const before = first > 0 ? '◂ ' : '  ';
  const after = first + shown.length < matrix.articles.length ? ` ${matrix.articles.length - first - shown.length} more ▸` : '';
  const label = (text: string, style?: Style) => seg(truncateToWidth(text, m.labelWidth - 1).padEnd(m.labelWidth), style);
  const out: Line[] = [fitLine([seg(' '), seg(title, coverageStyles.title)], rect.width)];
  const named = cursor ? matrix.articles[cursor.column] : undefined;
  out.push(fitLine(named === undefined ? [] : [seg(` ▸ ${articleLine(articles[named])}`, coverageStyles.headerMeta)], rect.width));
  const headerStyle = (i: number) => (i === current ? coverageStyles.currentHeader : coverageStyles.header);
  out.push(
    fitLine([label(' headline'), seg(before, coverageStyles.more), ...shown.map((i) => seg(cell(articles[i].headline.value || shortId(articles[i].id)), headerStyle(i))), seg(after, coverageStyles.more)], rect.width),
    fitLine([label(' outlet'), seg('  '), ...shown.map((i) => seg(cell(outletLabel(articles[i])), coverageStyles.headerMeta))], rect.width),
    fitLine([label(' date'), seg('  '), ...shown.map((i) => seg(cell(dateLabel(articles[i])), coverageStyles.headerMeta))], rect.width),
  );
  const rows = matrixRows(matrix);
  const t = Math.max(0, Math.min(top, rows.length - m.rows));
  const body = rows.slice(t, t + m.rows).map((r, k): Line => {
    if ('section' in r) return [seg(' '), seg(r.section, coverageStyles.section)];
    const onRow = cursor?.row === t + k;
    return [
      label(` ${r.label}`),
      seg('  '),
      ...shown.map((_, c) => {
        const n = r.counts[first + c] ?? 0;
        const style = n > 0 ? coverageStyles.count : coverageStyles.none;
        return seg(cell(n > 0 ? String(n) : '·'), onRow && cursor?.column === first + c ? { ...style, ...coverageStyles.cursor } : style);
      }),
    ];
  });
  out.push(...fitBlock(body, rect.width, m.rows), indicatorLine(t, m.rows, rows.length, rect.width));
  return fitBlock(out, rect.width, rect.height);
}

/** One article in full: its headline, outlet and date. */
function articleLine(article: Article): string {
  return `${article.headline.value || article.id} · ${outletLabel(article)} · ${dateLabel(article)}`;
}
