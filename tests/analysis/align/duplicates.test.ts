import { describe, expect, it } from 'vitest';
import { buildAlignContext, duplicateLabel, duplicatesOf, mostSimilar, mostSimilarDistinct } from '../../../src/analysis/align';
import { ACCORD_1, ACCORD_2, ACCORD_3, article, CHIPS, FOOTBALL } from './fixtures';

// A copy with the lines wrapped otherwise, and one with a sentence added: the same article.
const rewrapped = ACCORD_1.replace('signed a fishing accord in the port city', 'signed a fishing accord\nin the port city');
const edited = `${ACCORD_1} Talks on a second accord begin in May.`;

describe('duplicates', () => {
  const ctx = buildAlignContext([
    article('a1', ACCORD_1),
    article('a2', ACCORD_2),
    article('copy', rewrapped),
    article('edit', edited),
    article('a3', ACCORD_3),
    article('f', FOOTBALL),
    article('c', CHIPS),
  ]);

  it('finds an identical copy (white space aside) and a near-duplicate, and says so', () => {
    const found = duplicatesOf(ctx, 'a1');
    expect(found.map((d) => [d.id, d.kind])).toEqual([
      ['copy', 'identical'],
      ['edit', 'near'],
    ]);
    expect(duplicateLabel(found[0])).toBe('identical to copy');
    expect(duplicateLabel(found[1])).toMatch(/^near-duplicate of edit \((0\.9\d|1\.00)\)$/);
  });

  it('takes another report of the same event for another source, not a duplicate', () => {
    expect(duplicatesOf(ctx, 'a2')).toEqual([]);
  });

  it('offers the most similar other source, not a copy, with copies of a candidate folded into it', () => {
    // Plain similarity ranks the copies first.
    expect(mostSimilar(ctx, 'a1', 2).map((s) => s.id)).toEqual(['copy', 'edit']);
    const distinct = mostSimilarDistinct(ctx, 'a1');
    expect(distinct.map((s) => s.id)).not.toContain('copy');
    expect(distinct.map((s) => s.id)).not.toContain('edit');
    expect(['a2', 'a3']).toContain(distinct[0].id);
    // From a2, a1 and its two copies are one candidate.
    const fromA2 = mostSimilarDistinct(ctx, 'a2');
    const a1Line = fromA2.find((s) => ['a1', 'copy', 'edit'].includes(s.id))!;
    expect(a1Line.duplicates.map((d) => d.id).sort()).toEqual(['a1', 'copy', 'edit'].filter((id) => id !== a1Line.id).sort());
    expect(fromA2.filter((s) => ['a1', 'copy', 'edit'].includes(s.id))).toHaveLength(1);
  });
});
