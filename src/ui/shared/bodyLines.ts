// An article's body as the reader's lines: each display block (see corpus/display.ts) after a
// blank line, paragraphs re-flowed to the width, list items and quotes indented behind their
// marker, table and code rows as written (cut only when wider than the pane).
import { displayBlocks } from '../../corpus/display';
import type { Article, DisplayBlock, Span } from '../../corpus/types';
import type { ReaderLine } from './articleDocument';
import { wrapFlow } from './text/flow';
import { displayWidth, wrapRange } from './text/wrap';

const QUOTE_BAR = '│ ';
/** Columns a level of list nesting indents. */
const INDENT = 2;

export function bodyLines(a: Article, width: number): ReaderLine[] {
  const lines: ReaderLine[] = [];
  let previous: DisplayBlock | null = null;
  for (const block of displayBlocks(a)) {
    // Items of one list stand together; every other block is set apart by a blank line.
    if (!(block.role === 'item' && previous?.role === 'item')) lines.push({ role: 'blank' });
    lines.push(...blockLines(a.text, block, width));
    previous = block;
  }
  return lines;
}

function blockLines(text: string, block: DisplayBlock, width: number): ReaderLine[] {
  switch (block.role) {
    case 'rule':
      return [{ role: 'rule' }];
    case 'table':
    case 'code':
      return block.spans.flatMap((row) => rowLines(text, row, width, block.role === 'code'));
    default: {
      const { first, rest } = prefixes(block);
      const inner = Math.max(1, width - displayWidth(first));
      const emphasis = block.role === 'heading' ? 'heading' : block.role === 'quote' ? 'quote' : undefined;
      return wrapFlow(text, block.spans[0], block.hidden, inner).map((span, i) => ({
        role: 'body' as const,
        span,
        block,
        ...(i === 0 ? (first ? { prefix: first } : {}) : rest ? { prefix: rest } : {}),
        ...(emphasis ? { emphasis } : {}),
      }));
    }
  }
}

/** What stands before an item's or a quote's first line, and before its other lines. */
function prefixes(block: DisplayBlock): { first: string; rest: string } {
  if (block.role === 'quote') {
    const indent = ' '.repeat(INDENT * Math.max(0, block.depth - 1));
    return { first: indent + QUOTE_BAR, rest: indent + QUOTE_BAR };
  }
  if (block.role !== 'item') return { first: '', rest: '' };
  const indent = ' '.repeat(INDENT * Math.max(0, block.depth - 1));
  const marker = block.marker ? `${block.marker} ` : '';
  // A paragraph after an item's first one lines up with the item's text.
  const hang = ' '.repeat(Math.max(INDENT, displayWidth(marker)));
  return { first: indent + (marker || hang), rest: indent + hang };
}

/** A row as written; one wider than the pane is cut into pieces rather than re-flowed. */
function rowLines(text: string, row: Span, width: number, code: boolean): ReaderLine[] {
  const fits = displayWidth(text.slice(row.start, row.end)) <= width;
  const spans = fits || row.end === row.start ? [row] : wrapRange(text, row, width);
  return spans.map((span) => ({ role: 'body' as const, span, ...(code ? { emphasis: 'code' as const } : {}) }));
}
