// `rknews compare`: same pairs in `shared`, overlaps with the words that differ, each sentence's text.
// Needs `npm run build`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';

interface SpanText {
  start: number;
  end: number;
  text: string;
}
interface Pair {
  a: SpanText;
  b: SpanText;
  score: number;
  sameness: number;
}
interface CompareJson {
  a: string;
  b: string;
  similarity: number;
  shared: Pair[];
  overlap: (Pair & { differ: { a: SpanText[]; b: SpanText[] } })[];
  onlyA: SpanText[];
  onlyB: SpanText[];
}

const dir = mkdtempSync(join(tmpdir(), 'rknews-compare-json-'));
writeFileSync(
  join(dir, 'left.txt'),
  'Quellport news\n\nPremier Ada Vell-Marin has dismissed reports she told President Tomas Brack she would quit before the vote.\n\nThe fishing accord with Brelia was signed in Quellport on Monday by both leaders.\n\nTrawler crews protested at the harbour.\n',
);
writeFileSync(
  join(dir, 'right.txt'),
  'Brelia news\n\nPremier Ada Vell-Marin promised President Tomas Brack she would stand down before the vote.\n\nThe fishing accord with Brelia was signed by both leaders in Quellport on Monday.\n\nCod stocks in the Narrow Sea are low.\n',
);

describe('rknews compare --json', () => {
  const r = runCliJson<CompareJson>(['compare', 'left', 'right', '-c', dir]);
  const textOf = (s: SpanText) => s.text;

  it('lists the same fact in shared, as {a, b, score} with each sentence\'s text', () => {
    expect(r.shared).toHaveLength(1);
    expect(r.shared[0].a.text).toContain('accord with Brelia was signed in Quellport');
    expect(r.shared[0].b.text).toContain('accord with Brelia was signed by both leaders');
    expect(r.shared[0].score).toBeGreaterThan(0);
    expect(r.shared[0].sameness).toBeGreaterThan(0.5);
  });

  it('lists the changed claim in overlap, with the differing words as spans on each side', () => {
    expect(r.overlap).toHaveLength(1);
    const [o] = r.overlap;
    expect(o.a.text).toContain('has dismissed reports');
    expect(o.differ.a.map(textOf)).toEqual(['has dismissed reports she told', 'quit']);
    expect(o.differ.b.map(textOf)).toEqual(['promised', 'stand down']);
    for (const d of o.differ.a) expect(d.start).toBeGreaterThanOrEqual(o.a.start);
    for (const d of o.differ.a) expect(d.end).toBeLessThanOrEqual(o.a.end);
  });

  it('keeps what only one side has, with its text', () => {
    expect(r.onlyA.map(textOf)).toEqual(['Trawler crews protested at the harbour.']);
    expect(r.onlyB.map(textOf)).toEqual(['Cod stocks in the Narrow Sea are low.']);
  });
});

describe('rknews compare (text)', () => {
  it('counts the three kinds and marks the differing words in [brackets] without colour', () => {
    const r = runCli(['compare', 'left', 'right', '-c', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 same · 1 overlap · 1 only in A · 1 only in B');
    expect(r.stdout).toContain('A: Premier Ada Vell-Marin [has dismissed reports she told] President Tomas Brack she would [quit] before the vote.');
    expect(r.stdout).toContain('B: Premier Ada Vell-Marin [promised] President Tomas Brack she would [stand down] before the vote.');
  });
});
