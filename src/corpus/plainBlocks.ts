// Plain text as display blocks: each paragraph re-flowed, and the table rows among them kept
// together, one row a line, with the indentation that sets their columns.
import { isTableRow } from './paragraphs';
import type { DisplayBlock, Span } from './types';

/** Longest line without columns that still joins a table around it ("Baltimore/" over its row). */
const MAX_LOOSE_ROW = 30;

/**
 * Paragraphs become re-flowed blocks; runs of table rows (with the short lines among them, such as
 * a row's name wrapped onto its own line) become one table block, unless a blank line parts them.
 */
export function plainBlocks(text: string, paragraphs: Span[]): DisplayBlock[] {
  const row = paragraphs.map((p) => isTableRow(text, p));
  const inTable = paragraphs.map((p, i) => row[i] || (isLooseRow(text, p) && (row[i - 1] === true || row[i + 1] === true)));
  const blocks: DisplayBlock[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    if (!inTable[i]) {
      blocks.push({ role: 'paragraph', spans: [paragraphs[i]], hidden: [], styles: [], depth: 0 });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < paragraphs.length && inTable[end] && !blankLineBetween(text, paragraphs[end - 1], paragraphs[end])) end++;
    blocks.push({ role: 'table', spans: rowsAsWritten(text, paragraphs.slice(i, end)), hidden: [], styles: [], depth: 0 });
    i = end;
  }
  return blocks;
}

/** A short line that does not end a sentence: a table's label, never prose. */
function isLooseRow(text: string, p: Span): boolean {
  const s = text.slice(p.start, p.end);
  return s.length <= MAX_LOOSE_ROW && !s.includes('\n') && !/[.!?:]$/.test(s);
}

function blankLineBetween(text: string, a: Span, b: Span): boolean {
  return /\n[^\S\n]*\n/.test(text.slice(a.end, b.start));
}

/** The rows with the indentation that sets their columns, less what all of them share. */
function rowsAsWritten(text: string, rows: Span[]): Span[] {
  const indents = rows.map((r) => indentBefore(text, r.start));
  const shared = indents.reduce((least, n) => Math.min(least, n), Infinity);
  return rows.map((r, i) => ({ start: r.start - (indents[i] - shared), end: r.end }));
}

/** The blanks between a line's start and `at`; 0 when other text stands before them. */
function indentBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n' ? at - k : 0;
}
