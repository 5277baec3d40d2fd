import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../../../src/ui/features/coverage/matrix';
import { coverageViewLines, shortId } from '../../../../src/ui/features/coverage/view';
import type { Line } from '../../../../src/ui/lines';
import { initialState } from '../../../../src/ui/state';
import { displayWidth } from '../../../../src/ui/text/wrap';
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
    expect(m.speakers).toEqual([{ label: 'Ada Brook', counts: [2, 0, 0], total: 2 }]);
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

  it('shows ids and outlets as column headers, counts and dots in the cells, within the width', () => {
    const lines = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, rect: rect(100, 14) }).map(text);
    expect(lines).toHaveLength(14);
    for (const l of lines) expect(displayWidth(l)).toBe(100);
    expect(lines[1]).toMatch(/article\s+a\s+b\s+c/);
    expect(lines[2]).toContain('Harbour');
    expect(lines[3]).toContain('Entities (3)');
    expect(lines[4]).toMatch(/Ada Brook\s+\d+\s+·\s+1/);
    expect(lines.find((l) => l.includes('Quote speakers'))).toBeDefined();
  });

  it('marks the column of the article it was opened from', () => {
    const header = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, current: 1, rect: rect(100, 14) })[1];
    expect(header.filter((s) => s.style?.inverse).map((s) => s.text.trim())).toEqual(['b']);
  });

  it('shows as many article columns as fit, with a marker for the rest, and scrolls sideways', () => {
    const lines = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 0, rect: rect(32, 10) }).map(text);
    for (const l of lines) expect(displayWidth(l)).toBe(32);
    expect(lines[1]).toContain('more ▸');
    const moved = coverageViewLines({ title: 'Coverage', articles: corpus.articles, matrix: m, top: 0, left: 1, rect: rect(32, 10) }).map(text);
    expect(moved[1]).toContain('◂');
  });

  it('C from the reader opens it, ←/→ and j/k scroll within the matrix, Esc goes back', () => {
    const vp = viewport({ articles: 3, coverage: { totalRows: 8, rows: 3, columns: 3, visibleColumns: 2 } });
    const press = (names: string[], s = initialState({ open: 1, focus: 'reader' })) => applyKeys(names, s, vp);
    const s = press(['C']);
    expect(s.view).toBe('coverage');
    expect(s.coverage).toMatchObject({ article: 1, top: 0, left: 0, from: 'browse' });
    expect(press(['C', 'right', 'right', 'l']).coverage!.left).toBe(1);
    expect(press(['C', 'right', 'left', 'h']).coverage!.left).toBe(0);
    expect(press(['C', 'j', 'j', 'j', 'j', 'j', 'j']).coverage!.top).toBe(5);
    expect(press(['C', 'G', 'k']).coverage!.top).toBe(4);
    expect(press(['C', 'escape']).view).toBe('browse');
  });
});

describe('short ids', () => {
  it('keep the file name of a path-like id, and other ids whole', () => {
    expect(shortId('entertainment/123')).toBe('123');
    expect(shortId('000_677e1879')).toBe('000_677e1879');
    expect(shortId('odd/')).toBe('odd/');
  });
});
