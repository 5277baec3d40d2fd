import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestK } from '../../../src/analysis/align/bestK';

describe('BestK', () => {
  it('keeps the k best offers, best first, the lower index on ties, whatever the order offered', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), fc.integer({ min: 0, max: 8 }), (scores, k) => {
        const best = new BestK(k);
        const offers = scores.map((score, index) => ({ index, score }));
        for (const { index, score } of [...offers].reverse()) best.offer(index, score);
        const expected = offers.sort((x, y) => y.score - x.score || x.index - y.index).slice(0, k);
        expect(best.drain()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('tells the score an offer must reach once full, and empties on drain for reuse', () => {
    const best = new BestK(2);
    expect(best.threshold).toBe(-Infinity);
    best.offer(1, 0.5);
    best.offer(2, 0.9);
    best.offer(3, 0.7);
    expect(best.threshold).toBe(0.7);
    expect(best.drain().map((p) => p.index)).toEqual([2, 3]);
    expect(best.threshold).toBe(-Infinity);
    expect(best.drain()).toEqual([]);
  });
});
