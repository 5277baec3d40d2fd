// Two articles as two columns of wrapped sentences. Each sentence starts on its own row, so
// a sentence is a block of rows; with synchronised scrolling, blank rows are inserted so
// that both sentences of each aligned pair start on the same row.
import type { Alignment } from '../../../analysis/align';
import type { Article, Span } from '../../../corpus/types';
import { wrapRange } from '../../shared/text/wrap';

export type ColumnRow = { kind: 'text'; span: Span; sentence: number; first: boolean } | { kind: 'blank' };

/** How a sentence stands to the other article: the same fact, an overlap, or its own. */
export type SentenceMark = 'same' | 'overlap' | 'only';

export interface ColumnsLayout {
  rows: readonly [ColumnRow[], ColumnRow[]];
  /** Rows of each sentence per column: [first row, row after its last). */
  spans: readonly [[number, number][], [number, number][]];
  /** Each sentence's partner in the other column (-1 when it has none). */
  partner: readonly [number[], number[]];
  /** Each sentence's mark, per column. */
  marks: readonly [SentenceMark[], SentenceMark[]];
  /** The words of an overlapping sentence that its partner does not have, per column. */
  differ: readonly [Span[], Span[]];
}

/** A sentence's rows: a blank row first when it opens a paragraph (but the first one). */
function sentenceUnits(article: Article, width: number): ColumnRow[][] {
  const blocks = [...(article.caption ? [article.caption] : []), ...article.paragraphs];
  let block = -1;
  return article.sentences.map((span, sentence) => {
    const at = blocks.findIndex((p) => span.start >= p.start && span.start < p.end);
    const opens = at !== block && sentence > 0;
    block = at;
    const lines = wrapRange(article.text, span, width);
    const rows: ColumnRow[] = lines.map((l, i) => ({ kind: 'text', span: l, sentence, first: i === 0 }));
    if (rows.length === 0) rows.push({ kind: 'text', span: { start: span.start, end: span.start }, sentence, first: true });
    return opens ? [{ kind: 'blank' }, ...rows] : rows;
  });
}

function partners(a: Article, b: Article, alignment: Alignment | null): Pick<ColumnsLayout, 'partner' | 'marks' | 'differ'> {
  const pa = a.sentences.map(() => -1);
  const pb = b.sentences.map(() => -1);
  const ma = a.sentences.map((): SentenceMark => 'only');
  const mb = b.sentences.map((): SentenceMark => 'only');
  const differ: [Span[], Span[]] = [[], []];
  if (!alignment) return { partner: [pa, pb], marks: [ma, mb], differ };
  const ia = new Map(a.sentences.map((s, i) => [s.start, i]));
  const ib = new Map(b.sentences.map((s, i) => [s.start, i]));
  const pairs = [...alignment.shared.map((p) => ({ ...p, differ: undefined })), ...alignment.overlap];
  for (const pair of pairs) {
    const i = ia.get(pair.a.start);
    const j = ib.get(pair.b.start);
    if (i === undefined || j === undefined) continue;
    pa[i] = j;
    pb[j] = i;
    ma[i] = mb[j] = pair.differ ? 'overlap' : 'same';
    if (pair.differ) {
      differ[0].push(...pair.differ.a);
      differ[1].push(...pair.differ.b);
    }
  }
  return { partner: [pa, pb], marks: [ma, mb], differ };
}

/**
 * The pairs that can be level at once: pairs in A's order whose B sentences also rise
 * (the longest such chain). A pair that crosses another cannot be level with it.
 */
export function levelPairs(partnerOfA: readonly number[]): [number, number][] {
  const pairs = partnerOfA.flatMap((j, i) => (j >= 0 ? [[i, j] as [number, number]] : []));
  const best = pairs.map(() => 1);
  const prev = pairs.map(() => -1);
  for (let x = 0; x < pairs.length; x++) {
    for (let y = 0; y < x; y++) {
      if (pairs[y][1] < pairs[x][1] && best[y] + 1 > best[x]) {
        best[x] = best[y] + 1;
        prev[x] = y;
      }
    }
  }
  let end = -1;
  for (let x = 0; x < pairs.length; x++) if (end < 0 || best[x] > best[end]) end = x;
  const chain: [number, number][] = [];
  for (let x = end; x >= 0; x = prev[x]) chain.unshift(pairs[x]);
  return chain;
}

export function layoutColumns(
  a: Article,
  b: Article,
  alignment: Alignment | null,
  widths: readonly [number, number],
  sync: boolean,
): ColumnsLayout {
  const units = [sentenceUnits(a, widths[0]), sentenceUnits(b, widths[1])];
  const paired = partners(a, b, alignment);
  const partner = paired.partner;
  const rows: [ColumnRow[], ColumnRow[]] = [[], []];
  const spans: [[number, number][], [number, number][]] = [[], []];
  const next = [0, 0];
  const emitUntil = (side: 0 | 1, end: number) => {
    for (; next[side] < end; next[side]++) {
      const unit = units[side][next[side]];
      const firstText = unit.findIndex((r) => r.kind === 'text');
      spans[side].push([rows[side].length + firstText, rows[side].length + unit.length]);
      rows[side].push(...unit);
    }
  };
  if (sync) {
    for (const [i, j] of levelPairs(partner[0])) {
      emitUntil(0, i);
      emitUntil(1, j);
      // Pad the side whose sentence would start higher, counting the paragraph break each may open with.
      const startA = rows[0].length + units[0][i].findIndex((r) => r.kind === 'text');
      const startB = rows[1].length + units[1][j].findIndex((r) => r.kind === 'text');
      const short = startA < startB ? 0 : 1;
      for (let n = Math.abs(startA - startB); n > 0; n--) rows[short].push({ kind: 'blank' });
    }
  }
  emitUntil(0, units[0].length);
  emitUntil(1, units[1].length);
  return { rows, spans, ...paired };
}
