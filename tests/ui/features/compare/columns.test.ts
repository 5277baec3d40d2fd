import { describe, expect, it } from 'vitest';
import { alignArticles, buildAlignContext } from '../../../../src/analysis/align';
import { layoutColumns, levelPairs } from '../../../../src/ui/features/compare/columns';
import { compareSummary, summaryText } from '../../../../src/ui/features/compare/summary';
import { initialCompare } from '../../../../src/ui/features/compare/state';
import { compareMetrics, compareViewLines } from '../../../../src/ui/features/compare/view';
import type { Line } from '../../../../src/ui/shared/lines';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { seedArticle, seedCorpus } from '../../../helpers/corpus';

const text = (l: Line) => l.map((s) => s.text).join('');
const ctx = buildAlignContext(seedCorpus().articles);
const [a, b] = [seedArticle('000'), seedArticle('002')];
const alignment = alignArticles(a, b, ctx);

describe('level pairs', () => {
  it('keeps the longest chain of pairs that rise on both sides', () => {
    expect(levelPairs([-1, 3, 1, 2, -1, 5])).toEqual([
      [2, 1],
      [3, 2],
      [5, 5],
    ]);
    expect(levelPairs([-1, -1])).toEqual([]);
  });
});

describe('compare columns', () => {
  it('has paired sentences between the two seed reports of the summit', () => {
    expect(alignment.shared.length + alignment.overlap.length).toBeGreaterThan(0);
  });

  for (const cols of [80, 160]) {
    it(`in sync mode starts both sentences of each level pair on the same row (${cols} columns)`, () => {
      const m = compareMetrics({ top: 1, left: 0, width: cols, height: 30 });
      const layout = layoutColumns(a, b, alignment, m.textWidths, true);
      const pairs = levelPairs(layout.partner[0]);
      expect(pairs.length).toBeGreaterThan(0);
      for (const [i, j] of pairs) expect(layout.spans[0][i][0]).toBe(layout.spans[1][j][0]);
      // Every sentence is there once, wrapped exactly to the column.
      expect(layout.spans[0]).toHaveLength(a.sentences.length);
      expect(layout.spans[1]).toHaveLength(b.sentences.length);
      for (const side of [0, 1] as const) {
        for (const row of layout.rows[side]) {
          if (row.kind === 'text') expect(displayWidth((side === 0 ? a : b).text.slice(row.span.start, row.span.end))).toBeLessThanOrEqual(m.textWidths[side]);
        }
      }
    });

    it(`renders both columns, headlines and the summary within ${cols} columns`, () => {
      const rect = { top: 1, left: 0, width: cols, height: 30 };
      const m = compareMetrics(rect);
      const columns = layoutColumns(a, b, alignment, m.textWidths, true);
      const summary = summaryText(compareSummary(alignment, null, 0, 2));
      const lines = compareViewLines({ articles: [a, b], columns, state: initialCompare(0, 2), summary, rect });
      expect(lines).toHaveLength(30);
      for (const l of lines) expect(displayWidth(text(l))).toBe(cols);
      expect(text(lines[0])).toContain(`${alignment.shared.length} same · ${alignment.overlap.length} overlap`);
      expect(text(lines[1])).toContain(a.headline.value.slice(0, 15));
      expect(text(lines[1])).toContain(b.headline.value.slice(0, 15));
      const body = lines.slice(5, -1).map(text);
      // Gutters: '=' starts a sentence of the same fact, '≈' an overlap, '+' one only this side has.
      const gutters = body.flatMap((l) => [l.slice(0, 2), l.slice(m.widths[0] + 1, m.widths[0] + 3)]);
      expect(gutters.filter((g) => g === '= ' || g === '≈ ').length).toBeGreaterThan(0);
      expect(gutters).toContain('+ ');
      // A level pair shows its two first lines on one row.
      const [i, j] = levelPairs(columns.partner[0])[0];
      const row = columns.spans[0][i][0];
      if (row < m.rows) {
        const line = body[row];
        const left = line.slice(0, m.widths[0]);
        const right = line.slice(m.widths[0] + 1);
        const sign = columns.marks[0][i] === 'same' ? '= ' : '≈ ';
        expect(left.startsWith(sign)).toBe(true);
        expect(right.startsWith(sign)).toBe(true);
        const firstWords = (s: string) => s.slice(2).trim().split(/\s+/).slice(0, 2).join(' ');
        expect(a.text.slice(a.sentences[i].start, a.sentences[i].end)).toContain(firstWords(left));
        expect(b.text.slice(b.sentences[j].start, b.sentences[j].end)).toContain(firstWords(right));
      }
    });
  }

  it('without sync, adds no padding rows', () => {
    const layout = layoutColumns(a, b, alignment, [40, 40], false);
    const synced = layoutColumns(a, b, alignment, [40, 40], true);
    const blanks = (rows: readonly { kind: string }[]) => rows.filter((r) => r.kind === 'blank').length;
    expect(blanks(synced.rows[0]) + blanks(synced.rows[1])).toBeGreaterThan(blanks(layout.rows[0]) + blanks(layout.rows[1]));
  });
});

describe('compare summary', () => {
  it('shows … for entity and quote figures until analysis is ready', () => {
    const s = summaryText(compareSummary(alignment, null, 0, 2));
    expect(s).toContain('… shared entities');
    expect(s).toContain('quotes only left …, only right …');
    expect(s).toContain(`only left ${alignment.onlyA.length}`);
    expect(s).toContain(`only right ${alignment.onlyB.length}`);
  });

  it('keeps its figures at 120 and 80 columns: the sentence figures first, then the note of copies, then the rest as room allows', () => {
    const summary = { ...compareSummary(alignment, null, 0, 2), sharedEntities: 12, quotesOnlyA: 3, quotesOnlyB: 4 };
    const core = `${alignment.shared.length} same · ${alignment.overlap.length} overlap · only left ${alignment.onlyA.length} · only right ${alignment.onlyB.length}`;
    const note = 'identical to business/123, business/456, politics/789';
    for (const width of [119, 79]) {
      const s = summaryText(summary, width, note);
      expect(displayWidth(s)).toBeLessThanOrEqual(width);
      expect(s.startsWith(`${core} · identical to business/123`)).toBe(true);
    }
    const wide = summaryText(summary, 119, 'identical to politics/2');
    expect(wide).toContain('12 entities');
    expect(wide).toMatch(/quotes only 3\/4/);
    // Narrower than the figures and a readable part of the note: the figures alone.
    expect(summaryText(summary, displayWidth(core) + 5, note)).toBe(core);
    expect(summaryText(summary, 119)).toMatch(/sim(ilarity)? 0\.\d\d$/);
  });
});
