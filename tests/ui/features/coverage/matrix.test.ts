import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../../../src/ui/features/coverage/matrix';
import { coverageViewLines, shortId } from '../../../../src/ui/features/coverage/view';
import type { Line } from '../../../../src/ui/shared/lines';
import { initialState } from '../../../../src/ui/state';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { applyKeys, viewport } from '../../helpers';
import { featureCorpus, featureData } from '../fixtures';

const text = (l: Line) => l.map((s) => s.text).join('');
const corpus = featureCorpus();
const data = featureData(corpus);

describe('the coverage matrix', () => {
  it('counts mentions per article, most mentioned entity first, and quotes per named speaker', () => {
    const m = coverageMatrix({ articles: ['a', 'b', 'c'] }, data);
    expect(m.articles).toEqual([0, 1, 2]);
    expect(m.entities[0].label).toBe('Ada Brook');
    const brook = m.entities[0];
    expect(brook.counts[1]).toBe(0);
    expect(brook.counts[2]).toBe(1);
    expect(brook.total).toBe(brook.counts[0] + 1);
    expect(m.entities.find((r) => r.label === 'Port Authority')!.counts).toEqual([1, 1, 0]);
    // The engineer is unnamed: only Ada Brook is a speaker row.
    expect(m.speakers).toMatchObject([{ label: 'Ada Brook', counts: [2, 0, 0], total: 2 }]);
  });

  it('lists only the story’s articles', () => {
    const m = coverageMatrix({ articles: ['b', 'c'] }, data);
    expect(m.articles).toEqual([1, 2]);
    expect(m.entities.map((r) => r.label)).toEqual(['Ada Brook', 'Lisbon', 'Port Authority']);
  });
});

describe('the coverage view', () => {
  const m = coverageMatrix({ articles: ['a', 'b', 'c'] }, data);
  const rect = (width: number, height: number) => ({ top: 1, left: 0, width, height });

  it('shows headlines, outlets and dates as column headers, counts and dots in the cells, within the width', () => {
    const lines = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, rect: rect(100, 14) }).map(text);
    expect(lines).toHaveLength(14);
    for (const l of lines) expect(displayWidth(l)).toBe(100);
    const cells = corpus.articles.map((a) => a.headline.value.slice(0, 4));
    expect(lines[2]).toMatch(new RegExp(`headline\\s+${cells.join('.*')}`));
    expect(lines[3]).toContain('Harbour');
    expect(lines[4]).toMatch(/date\s+/);
    expect(lines[5]).toContain('Entities (3)');
    expect(lines[6]).toMatch(/Ada Brook\s+\d+\s+·\s+1/);
    expect(lines.find((l) => l.includes('Quote speakers'))).toBeDefined();
  });

  it('marks the column of the article it was opened from', () => {
    const header = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, current: 1, rect: rect(100, 14) })[2];
    expect(header.filter((s) => s.style?.inverse).map((s) => s.text.trim())).toEqual([corpus.articles[1].headline.value.slice(0, 7) + '…']);
  });

  it('shows as many article columns as fit, with a marker for the rest, and scrolls sideways', () => {
    const lines = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, rect: rect(32, 10) }).map(text);
    for (const l of lines) expect(displayWidth(l)).toBe(32);
    expect(lines[2]).toContain('more ▸');
    const moved = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 1, rect: rect(32, 10) }).map(text);
    expect(moved[2]).toContain('◂');
  });

  it('names the article of the cursor column in full and marks the cursor cell', () => {
    const lines = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, cursor: { row: 1, column: 2 }, rect: rect(100, 14) });
    const c = corpus.articles[2];
    expect(text(lines[1])).toContain(`▸ ${c.headline.value} · ${c.outlet.value ?? 'unknown outlet'} · ${c.date.value ?? 'undated'}`);
    const marked = lines[6].filter((seg) => seg.style?.inverse).map((seg) => seg.text.trim());
    expect(marked).toEqual(['1']);
  });

  it('C from the reader opens it, ←/→ and j/k move the cell cursor, scrolling to follow, Esc goes back', () => {
    const vp = viewport({ articles: 3, coverage: { totalRows: 8, rows: 3, columns: 3, visibleColumns: 2, cellTarget: () => null } });
    const press = (names: string[], s = initialState({ open: 1, focus: 'reader' })) => applyKeys(names, s, vp);
    const s = press(['C']);
    expect(s.view).toBe('coverage');
    expect(s.coverage).toMatchObject({ article: 1, top: 0, left: 0 });
    expect(press(['C', 'right', 'right', 'l']).coverage!.left).toBe(1);
    expect(press(['C', 'right', 'left', 'h']).coverage!.left).toBe(0);
    expect(press(['C', 'j', 'j', 'j', 'j', 'j', 'j']).coverage!.top).toBe(5);
    expect(press(['C', 'G', 'k']).coverage).toMatchObject({ row: 6, top: 5 });
    expect(press(['C', 'escape']).view).toBe('browse');
  });

  it("Enter on a cell opens that article at the row's first mention", () => {
    const targets: [number, number][] = [];
    const cellTarget = (row: number, column: number) => (targets.push([row, column]), column === 1 ? { article: 2, offset: 40 } : null);
    const vp = viewport({ articles: 3, coverage: { totalRows: 8, rows: 3, columns: 3, visibleColumns: 2, cellTarget } });
    const opened = applyKeys(['C', 'j', 'l', 'enter'], initialState({ open: 0, focus: 'reader' }), vp);
    expect(targets.at(-1)).toEqual([2, 1]);
    expect(opened).toMatchObject({ view: 'browse', open: 2, focus: 'reader' });
    // A cell with nothing to open (a dot) leaves the matrix as it was.
    expect(applyKeys(['C', 'enter'], initialState({ open: 0, focus: 'reader' }), vp).view).toBe('coverage');
  });

  it("keeps each row's first occurrence per article: the first mention, or the first quote", () => {
    const brook = m.entities[0];
    brook.counts.forEach((n, k) => expect(brook.firstAt[k] >= 0).toBe(n > 0));
    const first = data.byId.get(data.entities.find((e) => e.entity.name === 'Ada Brook')!.entity.id)!.ordered.find((x) => x.article === m.articles[0])!;
    expect(brook.firstAt[0]).toBe(first.start);
    const quote = (data.quotesByArticle.get(m.articles[0]) ?? []).filter((q) => q.speaker)[0];
    expect(m.speakers[0].firstAt[0]).toBe(quote.span.start);
  });
});

describe('short ids', () => {
  it('keep the file name of a path-like id, and other ids whole', () => {
    expect(shortId('entertainment/123')).toBe('123');
    expect(shortId('000_677e1879')).toBe('000_677e1879');
    expect(shortId('odd/')).toBe('odd/');
  });
});
