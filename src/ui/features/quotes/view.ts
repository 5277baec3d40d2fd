// The Quotes view: a filter line, then each quote as “text” — Speaker · outlet · date on two
// rows (the text is shortened when the whole would not fit), the chosen one highlighted.
import type { Quote } from '../../../analysis/types';
import type { Span } from '../../../corpus/types';
import type { Line, Style } from '../../shared/lines';
import { fitBlock, fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { followCursor } from '../../shared/scroll';
import { theme } from '../../shared/theme';
import { displayWidth, truncateToWidth, wrapRange } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import type { AnalysisData } from '../../sources/analysis/data';
import type { AnalysisState } from '../../sources/analysis/state';
import { analysisPlaceholder, readyData } from '../../sources/analysis/state';
import { visibleQuotes } from './filter';
import type { QuotesState } from './state';

const ROWS_PER_QUOTE = 2;
/** Rows above the quotes: the filter line and a rule. */
const HEADER_ROWS = 2;
const INDENT = 2;

export function quotesCapacity(height: number): number {
  return Math.max(1, Math.floor((height - HEADER_ROWS) / ROWS_PER_QUOTE));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Entry {
  text: string;
  /** Where the quotation (with its marks) ends and where the speaker's name lies in `text`. */
  quoteEnd: number;
  speaker: Span;
  unattributed: boolean;
}

function entryFor(q: Quote, data: AnalysisData, quoteText: string): Entry {
  const article = data.articles[data.articleIndex.get(q.article) ?? -1];
  const name = q.speaker ? collapse(q.speaker.name) : 'unattributed';
  const quoted = `“${quoteText}”`;
  const head = `${quoted} — `;
  const tail = article ? ` · ${outletLabel(article)} · ${dateLabel(article)}` : '';
  return {
    text: head + name + tail,
    quoteEnd: quoted.length,
    speaker: { start: head.length, end: head.length + name.length },
    unattributed: !q.speaker,
  };
}

/** The entry wrapped to at most two rows of `width`, its quotation shortened as needed. */
function layoutEntry(q: Quote, data: AnalysisData, width: number): { entry: Entry; rows: Span[] } {
  const full = collapse(q.text);
  const fits = (e: Entry) => wrapRange(e.text, { start: 0, end: e.text.length }, width);
  let entry = entryFor(q, data, full);
  let rows = fits(entry);
  if (rows.length <= ROWS_PER_QUOTE) return { entry, rows };
  // The longest shortened quotation that leaves the attribution on the second row.
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(entryFor(q, data, `${full.slice(0, mid).trimEnd()}…`)).length <= ROWS_PER_QUOTE) lo = mid;
    else hi = mid - 1;
  }
  entry = entryFor(q, data, `${full.slice(0, lo).trimEnd()}…`);
  rows = fits(entry).slice(0, ROWS_PER_QUOTE);
  return { entry, rows };
}

function styledRow(entry: Entry, span: Span, over: (s: Style) => Style): Line {
  const parts: { end: number; style: Style }[] = [
    { end: entry.quoteEnd, style: theme.quoteText },
    { end: entry.speaker.start, style: theme.listMeta },
    { end: entry.speaker.end, style: entry.unattributed ? theme.unknownMeta : theme.quoteSpeaker },
    { end: entry.text.length, style: theme.listMeta },
  ];
  const line: Line = [];
  let at = span.start;
  for (const p of parts) {
    if (p.end <= at) continue;
    const to = Math.min(p.end, span.end);
    if (to > at) line.push(seg(entry.text.slice(at, to), over(p.style)));
    at = to;
    if (at >= span.end) break;
  }
  return line;
}

function headerLine(q: QuotesState, shown: number, total: number, width: number): Line {
  const filter: Line = q.typing
    ? [seg(' / ', theme.helpKey), seg(q.query), seg('▏', theme.helpKey)]
    : q.query
      ? [seg(' filter: ', theme.listMeta), seg(q.query, { bold: true })]
      : [seg(' / to filter', theme.placeholder)];
  const speaker = q.speakerName ?? 'all speakers';
  const right = ` ${shown === total ? `${total}` : `${shown} of ${total}`} quotes · ${truncateToWidth(speaker, 30)} (s) `;
  const used = filter.reduce((n, s) => n + displayWidth(s.text), 0);
  return fitLine([...filter, seg(' '.repeat(Math.max(1, width - used - displayWidth(right)))), seg(right, theme.listMeta)], width);
}

export interface QuotesViewProps {
  analysis: AnalysisState;
  quotes: QuotesState;
  rect: Rect;
}

export function quotesLines({ analysis, quotes: q, rect }: QuotesViewProps): Line[] {
  const width = rect.width;
  const data = readyData(analysis);
  if (!data) return fitBlock([[seg(' Quotes', theme.helpTitle)], [], [seg(` ${analysisPlaceholder(analysis)}`, theme.placeholder)]], width, rect.height);
  const listed = visibleQuotes(data, q.speaker, q.applied);
  const lines: Line[] = [headerLine(q, listed.length, data.analysis.quotes.length, width), [seg('─'.repeat(width), theme.separator)]];
  if (listed.length === 0) {
    lines.push([seg(q.applied ? '  No quote matches the filter.' : '  No quotes found.', theme.placeholder)]);
    return fitBlock(lines, width, rect.height);
  }
  const capacity = quotesCapacity(rect.height);
  // A smaller terminal can leave the cursor off screen: follow it.
  const first = followCursor(q.cursor, q.top, capacity, listed.length);
  const textWidth = Math.max(1, width - INDENT - 1);
  for (let i = first; i < Math.min(listed.length, first + capacity); i++) {
    const atCursor = i === q.cursor;
    const cursorStyle = atCursor ? (q.typing ? theme.cursorUnfocused : theme.cursorFocused) : undefined;
    const over = (s: Style): Style => (cursorStyle ? { ...s, ...cursorStyle } : s);
    const { entry, rows } = layoutEntry(listed[i], data, textWidth);
    for (let r = 0; r < ROWS_PER_QUOTE; r++) {
      const span = rows[r];
      const body = span ? styledRow(entry, span, over) : [];
      lines.push(fitLine([seg(atCursor ? '▌ ' : '  ', over(theme.helpKey)), ...body], width, cursorStyle));
    }
  }
  return fitBlock(lines, width, rect.height);
}
