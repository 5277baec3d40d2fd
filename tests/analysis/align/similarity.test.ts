import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSimilarity, buildAlignContext, mostSimilar, similarityEdges } from '../../../src/analysis/align';
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

describe('similarityEdges', () => {
  it('finds exactly the pairs a brute-force comparison finds', () => {
    const words = ['harbour', 'accord', 'trawler', 'Quellport', 'Zorvan', 'chip', 'laptop', 'goal', 'striker', 'bridge'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((ws) => `Title\n\n${ws.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 7 }), fc.double({ min: 0.01, max: 0.9, noNaN: true }), (texts, min) => {
        const arts = texts.map((t, i) => article(`d${i}`, t));
        const c = buildAlignContext(arts);
        const expected: string[] = [];
        for (let a = 0; a < arts.length; a++)
          for (let b = a + 1; b < arts.length; b++)
            if (articleSimilarity(c, arts[a].id, arts[b].id) >= min) expected.push(`${a}-${b}`);
        const found = similarityEdges(c, min).map((e) => `${e.a}-${e.b}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
