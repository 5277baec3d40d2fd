// Styling by spans of the article text. Later features (entity mentions, quotes,
// search hits) only pass marks to the reader; it cuts wrapped lines at mark edges.
import type { Span } from '../../corpus/types';
import type { Segment, Style } from './lines';
import { seg } from './lines';
import { markStyle } from './theme';

export type MarkStyle = 'person' | 'organization' | 'place' | 'quote' | 'speaker' | 'hit' | 'current-hit' | 'differ';

export interface Mark {
  span: Span;
  style: MarkStyle;
}

/**
 * The segments of text[range), styled by the marks that cover each part. Where marks
 * overlap, a later mark's properties win over an earlier one's, over `base`.
 */
export function markSegments(text: string, range: Span, marks: readonly Mark[], base?: Style): Segment[] {
  const covering = marks.filter((m) => m.span.start < range.end && m.span.end > range.start && m.span.end > m.span.start);
  if (covering.length === 0) return range.end > range.start ? [seg(text.slice(range.start, range.end), base)] : [];
  const cuts = new Set<number>([range.start, range.end]);
  for (const m of covering) {
    if (m.span.start > range.start) cuts.add(m.span.start);
    if (m.span.end < range.end) cuts.add(m.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    let style: Style | undefined = base;
    for (const m of covering) {
      if (m.span.start <= from && m.span.end >= to) style = { ...style, ...markStyle(m.style) };
    }
    out.push(seg(text.slice(from, to), style));
  }
  return out;
}
