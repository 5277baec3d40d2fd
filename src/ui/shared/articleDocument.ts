// The article as the reader lays it out: headline, outlet · date · word count, the caption set apart, then the
// paragraphs. An article is wrapped once per width into lines that are spans of its
// text; a frame renders only the window of lines on screen.
import { analysisPlan } from '../../analysis/blocks';
import { layoutFinal } from '../../corpus/display';
import type { Article, DisplayBlock, Field, Span } from '../../corpus/types';
import { bodyLines } from './bodyLines';
import type { Segment } from './lines';
import { seg } from './lines';
import type { Rect } from './layout';
import { theme } from './theme';
import { displayWidth, wrapRange, wrapString } from './text/wrap';
import { textRows } from './scrolled';
import { dateLabel, outletLabel } from './articleLabels';

/** One wrapped line. Lines of the article's text carry their span, so marks apply to them. */
export type ReaderLine =
  | { role: 'headline'; text: string }
  | { role: 'meta'; parts: Segment[] }
  | { role: 'blank' }
  | { role: 'caption'; span: Span }
  | { role: 'body'; span: Span; block?: DisplayBlock; prefix?: string; emphasis?: 'heading' | 'quote' | 'code' }
  | { role: 'rule' };

/** Columns kept free on each side of the reader's text. */
/** Columns left blank at the reader's left edge. */
export const MARGIN = 1;
export const CAPTION_BAR = '│ ';

function metaParts(a: Article): Segment[][] {
  // Unknown fields say so; fields inferred from the text (not stated by the source) are marked.
  const field = (f: Field<string | null>, label: string): Segment[] =>
    f.value === null
      ? [seg(label, theme.unknownMeta)]
      : f.from === 'derived'
        ? [seg(label, theme.meta), seg(' (inferred)', theme.unknownMeta)]
        : [seg(label, theme.meta)];
  const parts = [field(a.outlet, outletLabel(a)), field(a.date, dateLabel(a)), [seg(`${a.words} ${a.words === 1 ? 'word' : 'words'}`, theme.meta)]];
  // An article too long to analyse whole says how much of it its entities and quotes come from.
  const limited = analysisPlan(a).limited;
  if (limited) parts.push([seg(`analysed in part: first ${count(limited.analysedChars)} of ${count(a.text.length)} characters`, theme.unknownMeta)]);
  return parts;
}

const count = (n: number) => n.toLocaleString('en');

/** Lays the meta parts out with " · " between them, starting a new line where one would overflow. */
function flowMeta(parts: Segment[][], width: number): ReaderLine[] {
  const lines: ReaderLine[] = [];
  let current: Segment[] = [];
  let used = 0;
  for (const part of parts) {
    const w = part.reduce((n, s) => n + displayWidth(s.text), 0);
    if (current.length > 0 && used + 3 + w > width) {
      lines.push({ role: 'meta', parts: current });
      current = [];
      used = 0;
    }
    if (current.length > 0) {
      current.push(seg(' · ', theme.meta));
      used += 3;
    }
    current.push(...part);
    used += w;
  }
  if (current.length > 0) lines.push({ role: 'meta', parts: current });
  return lines;
}

function buildDocument(a: Article, width: number): ReaderLine[] {
  const w = Math.max(1, width);
  const doc: ReaderLine[] = [];
  for (const text of wrapString(a.headline.value, w)) doc.push({ role: 'headline', text });
  doc.push(...flowMeta(metaParts(a), w));
  if (a.caption && a.caption.end > a.caption.start) {
    doc.push({ role: 'blank' });
    for (const span of wrapRange(a.text, a.caption, w - CAPTION_BAR.length)) doc.push({ role: 'caption', span });
  }
  doc.push(...bodyLines(a, w));
  return doc;
}

const documents = new WeakMap<Article, Map<number, ReaderLine[]>>();
/** Widths remembered per article: enough for a resize back and forth. */
const WIDTHS_KEPT = 4;

/** The article wrapped for a text width; cached, as scrolling re-renders many times per width. */
export function readerDocument(a: Article, textWidth: number): ReaderLine[] {
  if (!layoutFinal(a)) return buildDocument(a, textWidth);
  let byWidth = documents.get(a);
  if (!byWidth) documents.set(a, (byWidth = new Map()));
  const cached = byWidth.get(textWidth);
  if (cached) return cached;
  const doc = buildDocument(a, textWidth);
  if (byWidth.size >= WIDTHS_KEPT) byWidth.delete(byWidth.keys().next().value as number);
  byWidth.set(textWidth, doc);
  return doc;
}

export function readerTextWidth(rect: Rect): number {
  return Math.max(1, rect.width - 2 * MARGIN);
}

/** Rows of text the reader shows; its last row is the position indicator. */
export function readerTextRows(rect: Rect): number {
  return textRows(rect.height);
}

const hasText = (l: ReaderLine): l is Extract<ReaderLine, { span: Span }> => l.role === 'body' || l.role === 'caption';

/** The text offset at the start of a line (for remembering a position across widths); 0 above the text. */
export function offsetOfLine(doc: readonly ReaderLine[], line: number): number {
  const firstText = doc.findIndex(hasText);
  if (firstText < 0 || line < firstText) return 0;
  for (let i = line; i < doc.length; i++) {
    const l = doc[i];
    if (hasText(l)) return l.span.start;
  }
  return 0;
}

/** The first line at or after a text offset; 0 when the offset is at the very start. */
export function lineOfOffset(doc: readonly ReaderLine[], offset: number): number {
  if (offset <= 0) return 0;
  for (let i = 0; i < doc.length; i++) {
    const l = doc[i];
    if (hasText(l) && l.span.end > offset) return i;
  }
  return Math.max(0, doc.length - 1);
}
