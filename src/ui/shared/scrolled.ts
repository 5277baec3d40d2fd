// A document taller than its pane: the visible window, and a last row saying where it is.
import type { Line } from './lines';
import { fitBlock, fitLine, seg } from './lines';
import { theme } from './theme';
import { displayWidth } from './text/wrap';

/** Rows of text a pane `height` tall shows; its last row is the position indicator. */
export function textRows(height: number): number {
  return Math.max(1, height - 1);
}

function positionIndicator(top: number, rows: number, total: number): string {
  if (total <= rows) return `all ${total} lines`;
  const last = Math.min(total, top + rows);
  return `${top + 1}–${last} of ${total} · ${Math.round((100 * last) / total)}%`;
}

/** The indicator, right-aligned with one column of margin. */
export function indicatorLine(top: number, rows: number, total: number, width: number): Line {
  const text = positionIndicator(top, rows, total);
  return fitLine([seg(' '.repeat(Math.max(0, width - 1 - displayWidth(text)))), seg(text, theme.indicator)], width);
}

/** The first row that can be shown: the last page ends at the last line. */
export function clampTop(top: number, rows: number, total: number): number {
  return Math.max(0, Math.min(top, total - rows));
}

export function scrolledDocument(doc: readonly Line[], top: number, width: number, height: number): Line[] {
  const rows = textRows(height);
  const first = clampTop(top, rows, doc.length);
  return [...fitBlock(doc.slice(first, first + rows), width, rows), indicatorLine(first, rows, doc.length, width)].slice(0, Math.max(0, height));
}
