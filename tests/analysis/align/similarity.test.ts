import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSimilarity, buildAlignContext, mostSimilar, neighbourEdges, type AlignContext } from '../../../src/analysis/align';
import { ACCORD_1, ACCORD_2, ACCORD_3, article, CHIPS, FOOTBALL, LATER_VISIT } from './fixtures';

const corpus = [
  article('a1', ACCORD_1),
  article('a2', ACCORD_2),
  article('a3', ACCORD_3),
  article('v', LATER_VISIT),
  article('f', FOOTBALL),
  article('c', CHIPS),
];
const ctx = buildAlignContext(corpus);

describe('mostSimilar', () => {
  it('ranks the articles on the same event first, without the article itself', () => {
    const ranked = mostSimilar(ctx, 'a1');
    expect(ranked.map((r) => r.id).slice(0, 2).sort()).toEqual(['a2', 'a3']);
    expect(ranked.map((r) => r.id)).not.toContain('a1');
    for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1].similarity).toBeGreaterThanOrEqual(ranked[k].similarity);
  });

  it('agrees with articleSimilarity and honours the limit', () => {
    for (const r of mostSimilar(ctx, 'a2')) expect(r.similarity).toBeCloseTo(articleSimilarity(ctx, 'a2', r.id));
    expect(mostSimilar(ctx, 'a2', 2)).toHaveLength(2);
  });

  it('rejects an unknown id', () => {
    expect(() => mostSimilar(ctx, 'nope')).toThrow(/nope/);
  });
});

describe('neighbourEdges', () => {
  const words = ['harbour', 'accord', 'trawler', 'Quellport', 'Zorvan', 'chip', 'laptop', 'goal', 'striker', 'bridge'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((ws) => `Title\n\n${ws.join(' ')}.`);
  const key = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;

  /** Each article's k best others at or above min (ties to the lower index), joined: the graph by brute force. */
  function bruteForce(c: AlignContext, k: number, min: number): Map<string, number> {
    const ids = c.articles.map((a) => a.id);
    const edges = new Map<string, number>();
    ids.forEach((id, a) => {
      ids
        .map((other, b) => ({ b, s: b === a ? -1 : articleSimilarity(c, id, other) }))
        .filter(({ s }) => s >= min && s > 0)
        .sort((x, y) => y.s - x.s || x.b - y.b)
        .slice(0, k)
        .forEach(({ b, s }) => edges.set(key(a, b), s));
    });
    return edges;
  }

  it('is the union of every article\'s k nearest neighbours when no term is skipped', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (texts, k, min) => {
          const c = buildAlignContext(texts.map((t, i) => article(`d${i}`, t)));
          const found = neighbourEdges(c, k, min, Infinity);
          expect(new Map(found.map((e) => [key(e.a, e.b), e.similarity]))).toEqual(bruteForce(c, k, min));
          for (const e of found) expect(e.a).toBeLessThan(e.b);
          expect(found.map((e) => key(e.a, e.b))).toEqual([...new Set(found.map((e) => key(e.a, e.b)))]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps at most k neighbours per article, so the graph grows with the articles, not the pairs', () => {
    // Thirty reports of one event: 435 pairs, every one similar.
    const corpus = Array.from({ length: 30 }, (_, i) => article(`r${i}`, `${ACCORD_1}\n\nUpdate ${i}.`));
    const c = buildAlignContext(corpus);
    expect(neighbourEdges(c, 30, 0.1, Infinity)).toHaveLength(435);
    const edges = neighbourEdges(c, 3, 0.1, Infinity);
    expect(edges.length).toBeGreaterThanOrEqual(30 * 3 / 2);
    expect(edges.length).toBeLessThanOrEqual(30 * 3);
    const degree = new Array(30).fill(0);
    for (const e of edges) (degree[e.a]++, degree[e.b]++);
    for (const d of degree) expect(d).toBeGreaterThanOrEqual(3);
  });

  it('finds candidates only through terms in at most maxDf articles, and scores them on all terms', () => {
    // "harbour" is in all four articles; "Quellport trawler" only in x and y, "laptop" only in z and w.
    const x = article('x', 'One\n\nharbour harbour Quellport trawler.');
    const y = article('y', 'Two\n\nharbour Quellport trawler.');
    const z = article('z', 'Three\n\nharbour laptop.');
    const w = article('w', 'Four\n\nharbour harbour laptop chip.');
    const c = buildAlignContext([x, y, z, w]);
    const all = neighbourEdges(c, 5, 0.01, Infinity).map((e) => [c.articles[e.a].id, c.articles[e.b].id]);
    expect(all).toHaveLength(6);
    const rare = neighbourEdges(c, 5, 0.01, 2);
    expect(rare.map((e) => [c.articles[e.a].id, c.articles[e.b].id])).toEqual([
      ['x', 'y'],
      ['z', 'w'],
    ]);
    expect(rare[0].similarity).toBeCloseTo(articleSimilarity(c, 'x', 'y'), 12);
    expect(rare[1].similarity).toBeCloseTo(articleSimilarity(c, 'z', 'w'), 12);
  });

  it('scores the candidates found through rare terms exactly', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 9 }), fc.integer({ min: 1, max: 4 }), (texts, maxDf) => {
        const c = buildAlignContext(texts.map((t, i) => article(`d${i}`, t)));
        for (const e of neighbourEdges(c, 3, 0.05, maxDf)) {
          expect(e.similarity).toBeCloseTo(articleSimilarity(c, c.articles[e.a].id, c.articles[e.b].id), 12);
          expect(e.similarity).toBeGreaterThanOrEqual(0.05 - 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });
});
