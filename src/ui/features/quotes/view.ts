// The Quotes view: a filter line, then each quote as “text” — Speaker · headline · outlet · date
// on two rows (the text is shortened when the whole would not fit; the headline tells apart the same
// words quoted by several articles), the chosen one highlighted and shown whole.
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
/**
 * A headline in a two-row entry takes at most these shares of a row, the first that leaves the
 * quotation its first words; in a narrow pane it is left out.
 */
const HEADLINE_SHARES = [0.4, 0.25];
/** Characters of the quotation a two-row entry keeps at least, before the headline gives way. */
const MIN_QUOTE_CHARS = 12;
/** A headline narrower than this says nothing: left out. */
const MIN_HEADLINE_COLS = 8;

interface Entry {
  text: string;
  /** Where the quotation (with its marks) ends and where the speaker's name lies in `text`. */
  quoteEnd: number;
  speaker: Span;
  unattributed: boolean;
}

/** `headlineWidth`: columns the headline may take (cut with "…"), Infinity for all of it. */
function entryFor(q: Quote, data: AnalysisData, quoteText: string, headlineWidth: number): Entry {
  const article = data.articles[data.articleIndex.get(q.article) ?? -1];
  const name = q.speaker ? collapse(q.speaker.name) : 'unattributed';
  const quoted = `“${quoteText}”`;
  const head = `${quoted} — `;
  const headline = article ? collapse(article.headline.value) : '';
  const shown = !Number.isFinite(headlineWidth) ? headline : headlineWidth < MIN_HEADLINE_COLS ? '' : truncateToWidth(headline, Math.floor(headlineWidth));
  const tail = article ? `${shown ? ` · ${shown}` : ''} · ${outletLabel(article)} · ${dateLabel(article)}` : '';
  return {
    text: head + name + tail,
    quoteEnd: quoted.length,
    speaker: { start: head.length, end: head.length + name.length },
    unattributed: !q.speaker,
  };
}

/** The whole entry wrapped to `width`: the chosen quote, shown in full. */
function wholeEntry(q: Quote, data: AnalysisData, width: number): { entry: Entry; rows: Span[] } {
  const entry = entryFor(q, data, collapse(q.text), Infinity);
  return { entry, rows: wrapRange(entry.text, { start: 0, end: entry.text.length }, width) };
}

/** The entry wrapped to at most two rows of `width`, its headline and then its quotation shortened as needed. */
function layoutEntry(q: Quote, data: AnalysisData, width: number): { entry: Entry; rows: Span[] } {
  const full = collapse(q.text);
  const fits = (e: Entry) => wrapRange(e.text, { start: 0, end: e.text.length }, width);
  const least = full.length <= MIN_QUOTE_CHARS ? full : `${full.slice(0, MIN_QUOTE_CHARS).trimEnd()}…`;
  const headlineWidth = HEADLINE_SHARES.map((share) => width * share).find((w) => fits(entryFor(q, data, least, w)).length <= ROWS_PER_QUOTE) ?? 0;
  let entry = entryFor(q, data, full, headlineWidth);
  let rows = fits(entry);
  if (rows.length <= ROWS_PER_QUOTE) return { entry, rows };
  // The longest shortened quotation that leaves the attribution on the second row.
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(entryFor(q, data, `${full.slice(0, mid).trimEnd()}…`, headlineWidth)).length <= ROWS_PER_QUOTE) lo = mid;
    else hi = mid - 1;
  }
  entry = entryFor(q, data, `${full.slice(0, lo).trimEnd()}…`, headlineWidth);
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
  const room = Math.max(1, rect.height - HEADER_ROWS);
  const textWidth = Math.max(1, width - INDENT - 1);
  const laidOut = new Map<number, { entry: Entry; rows: Span[]; height: number }>();
  const layout = (i: number) => {
    let l = laidOut.get(i);
    if (!l) {
      const { entry, rows } = i === q.cursor ? wholeEntry(listed[i], data, textWidth) : layoutEntry(listed[i], data, textWidth);
      // Every entry takes two rows, so paging is steady; the chosen one as many as it needs.
      laidOut.set(i, (l = { entry, rows, height: Math.max(ROWS_PER_QUOTE, rows.length) }));
    }
    return l;
  };
  // A smaller terminal can leave the cursor off screen: follow it, and keep the whole chosen quote in view.
  let first = followCursor(q.cursor, q.top, capacity, listed.length);
  let used = 0;
  for (let i = first; i <= q.cursor; i++) used += layout(i).height;
  while (used > room && first < q.cursor) used -= layout(first++).height;
  for (let i = first; i < listed.length && lines.length < rect.height; i++) {
    const atCursor = i === q.cursor;
    const cursorStyle = atCursor ? (q.typing ? theme.cursorUnfocused : theme.cursorFocused) : undefined;
    const over = (s: Style): Style => (cursorStyle ? { ...s, ...cursorStyle } : s);
    const { entry, rows, height } = layout(i);
    for (let r = 0; r < height && lines.length < rect.height; r++) {
      const span = rows[r];
      const body = span ? styledRow(entry, span, over) : [];
      lines.push(fitLine([seg(atCursor ? '▌ ' : '  ', over(theme.helpKey)), ...body], width, cursorStyle));
    }
  }
  return fitBlock(lines, width, rect.height);
}
