// The compare view: a summary line, then two columns, each with its headline, outlet and date
// and its sentences; the same fact (=), an overlap (≈, the differing words highlighted) and
// sentences only one side has (+) are marked in a gutter.
import type { Article } from '../../../corpus/types';
import type { Line, Segment, Style } from '../../shared/lines';
import { fitBlock, fitLine, joinColumns, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { markSegments, type Mark } from '../../shared/marks';
import { theme } from '../../shared/theme';
import { truncateToWidth, wrapString } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import { indicatorLine } from '../../shared/scrolled';
import type { ColumnRow, ColumnsLayout, SentenceMark } from './columns';
import type { Column, CompareState } from './state';

const compareStyles = {
  summary: { bold: true },
  shared: { color: 'green' },
  sharedGutter: { color: 'green', bold: true },
  overlap: { color: 'cyan' },
  overlapGutter: { color: 'cyan', bold: true },
  onlyGutter: { color: 'yellow', bold: true },
  cursor: { inverse: true },
  counterpart: { bold: true, underline: true },
  otherCursor: { bold: true },
  rule: { dim: true },
  activeRule: { bold: true, color: 'cyan' },
} satisfies Record<string, Style>;

const HEADLINE_ROWS = 2;
/** Summary, headline rows, meta, rule above; indicator below. */
const CHROME = 1 + HEADLINE_ROWS + 1 + 1 + 1;
const GUTTER = 2;
const MARGIN = 1;

export interface CompareMetrics {
  /** Outer width of each column (a separator column sits between them). */
  widths: readonly [number, number];
  /** Width the sentences wrap to. */
  textWidths: readonly [number, number];
  /** Sentence rows shown at once. */
  rows: number;
}

export function compareMetrics(rect: Rect): CompareMetrics {
  const left = Math.max(1, Math.floor((rect.width - 1) / 2));
  const right = Math.max(1, rect.width - 1 - left);
  const text = (w: number) => Math.max(1, w - GUTTER - MARGIN);
  return { widths: [left, right], textWidths: [text(left), text(right)], rows: Math.max(1, rect.height - CHROME) };
}

function headerLines(a: Article, width: number): Line[] {
  const w = Math.max(1, width - MARGIN);
  const lines = wrapString(a.headline.value, w);
  const shown = lines.slice(0, HEADLINE_ROWS);
  if (lines.length > HEADLINE_ROWS) shown[HEADLINE_ROWS - 1] = truncateToWidth(`${shown[HEADLINE_ROWS - 1]} ${lines[HEADLINE_ROWS]}`, w);
  const out: Line[] = shown.map((t) => [seg(t, theme.headline)]);
  while (out.length < HEADLINE_ROWS) out.push([]);
  out.push([seg(truncateToWidth(`${a.id} · ${outletLabel(a)} · ${dateLabel(a)}`, w), theme.meta)]);
  return out;
}

/** Gutter sign and text style of each kind of sentence. */
const marked: Record<SentenceMark, { sign: string; gutter: Style; text?: Style }> = {
  same: { sign: '= ', gutter: compareStyles.sharedGutter, text: compareStyles.shared },
  overlap: { sign: '≈ ', gutter: compareStyles.overlapGutter, text: compareStyles.overlap },
  only: { sign: '+ ', gutter: compareStyles.onlyGutter },
};

interface ColumnView {
  article: Article;
  rows: readonly ColumnRow[];
  marks: readonly SentenceMark[];
  /** The differing words of overlapping sentences, highlighted. */
  differ: readonly Mark[];
  /** This column's cursor sentence, and whether the column is the active one. */
  cursor: number;
  active: boolean;
  /** The sentence paired with the other column's cursor, highlighted as its counterpart. */
  counterpart: number;
  top: number;
}

function rowLine(c: ColumnView, row: ColumnRow | undefined): Line {
  if (!row || row.kind === 'blank') return [];
  const kind = marked[c.marks[row.sentence] ?? 'only'];
  const gutter: Segment = row.first ? seg(kind.sign, kind.gutter) : seg('  ');
  let style: Style | undefined = kind.text;
  if (row.sentence === c.cursor) style = { ...style, ...(c.active ? compareStyles.cursor : compareStyles.otherCursor) };
  else if (row.sentence === c.counterpart) style = { ...style, ...compareStyles.counterpart };
  return [gutter, ...markSegments(c.article.text, row.span, c.differ, style)];
}

export interface CompareViewProps {
  articles: readonly [Article, Article];
  columns: ColumnsLayout;
  state: CompareState;
  summary: string;
  rect: Rect;
}

export function compareViewLines({ articles, columns, state, summary, rect }: CompareViewProps): Line[] {
  const m = compareMetrics(rect);
  const sides = [0, 1] as const;
  const views = sides.map((side: Column): ColumnView => {
    const other = side === 0 ? 1 : 0;
    const otherCursor = state.cursor[other];
    return {
      article: articles[side],
      rows: columns.rows[side],
      marks: columns.marks[side],
      differ: columns.differ[side].map((span): Mark => ({ span, style: 'differ' })),
      cursor: state.cursor[side],
      active: state.active === side,
      counterpart: state.active === other ? (columns.partner[other][otherCursor] ?? -1) : -1,
      top: state.sync ? state.top[0] : state.top[side],
    };
  });
  const join = (l: Line, r: Line) =>
    joinColumns([
      { line: l, width: m.widths[0] },
      { line: [seg('│', theme.separator)], width: 1 },
      { line: r, width: m.widths[1] },
    ]);
  const out: Line[] = [fitLine([seg(' '), seg(summary, compareStyles.summary)], rect.width)];
  const headers = sides.map((s) => headerLines(articles[s], m.widths[s]));
  for (let i = 0; i < headers[0].length; i++) out.push(join(headers[0][i], headers[1][i]));
  const rules = sides.map((s) => {
    const label = state.active === s ? `━ active${state.sync ? ' · sync' : ''} ` : '';
    const fill = state.active === s ? '━' : '─';
    return [seg(label + fill.repeat(Math.max(0, m.widths[s])), state.active === s ? compareStyles.activeRule : compareStyles.rule)];
  });
  out.push(join(rules[0], rules[1]));
  const body = sides.map((s) => {
    const v = views[s];
    const lines: Line[] = [];
    for (let r = v.top; r < v.top + m.rows; r++) lines.push(rowLine(v, v.rows[r]));
    return fitBlock(lines, m.widths[s], m.rows);
  });
  for (let r = 0; r < m.rows; r++) out.push(join(body[0][r], body[1][r]));
  const totals = sides.map((s) => (state.sync ? Math.max(columns.rows[0].length, columns.rows[1].length) : columns.rows[s].length));
  out.push(join(indicatorLine(views[0].top, m.rows, totals[0], m.widths[0]), indicatorLine(views[1].top, m.rows, totals[1], m.widths[1])));
  return fitBlock(out, rect.width, rect.height);
}
