// The segments of one wrapped line of a display block: what the block shows of the line's span
// (hidden markup left out), styled by the block's own runs (bold, italic, links, code) under the
// marks a feature passes (search hits, mentions, quotes).
import type { RunStyle, Span, StyledSpan } from '../../corpus/types';
import type { Segment, Style } from './lines';
import { markSegments, type Mark } from './marks';
import { visiblePieces } from './text/flow';
import { theme } from './theme';

const RUN_STYLES: Record<RunStyle, Style> = { strong: theme.strong, emphasis: theme.emphasis, link: theme.link, code: theme.code };

export function blockLineSegments(
  text: string,
  line: Span,
  block: { hidden: readonly Span[]; styles: readonly StyledSpan[] },
  marks: readonly Mark[],
  base?: Style,
): Segment[] {
  const runs = block.styles.filter((s) => s.start < line.end && s.end > line.start);
  const out: Segment[] = [];
  for (const piece of visiblePieces(text, line, block.hidden)) {
    if (runs.length === 0) {
      out.push(...markSegments(text, piece, marks, base));
      continue;
    }
    const cuts = new Set([piece.start, piece.end]);
    for (const r of runs) {
      if (r.start > piece.start && r.start < piece.end) cuts.add(r.start);
      if (r.end > piece.start && r.end < piece.end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const part = { start: points[i], end: points[i + 1] };
      let style = base;
      for (const r of runs) if (r.start <= part.start && r.end >= part.end) style = { ...style, ...RUN_STYLES[r.style] };
      out.push(...markSegments(text, part, marks, style));
    }
  }
  return out;
}
