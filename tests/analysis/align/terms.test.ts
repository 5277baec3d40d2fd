import { describe, expect, it } from 'vitest';
import { addSpanTerms, ENTITY_TERM_PREFIX, type TermCounts } from '../../../src/analysis/align/terms';

const NAME_WEIGHT = 2;

function termsOf(text: string, mentions: { start: number; end: number; entity: string }[] = []): TermCounts {
  const counts: TermCounts = new Map();
  addSpanTerms(counts, text, { start: 0, end: text.length }, mentions, NAME_WEIGHT);
  return counts;
}

describe('addSpanTerms', () => {
  it('gives hyphen and space variants of a name the same terms', () => {
    const hyphen = termsOf('Yesterday Ada Vell-Marin opened the bridge.');
    const space = termsOf('Yesterday Ada Vell Marin opened the bridge.');
    expect(hyphen).toEqual(space);
  });

  it('shares one name weight among the words of a name', () => {
    const counts = termsOf('Talks with President Tomas Brack ended.');
    expect(counts.get('brack')).toBeCloseTo(NAME_WEIGHT / 3);
    expect(counts.get('talk')).toBe(1);
  });

  it('does not take a sentence-initial capital for a name', () => {
    expect(termsOf('Fishermen protested.').get('fishermen')).toBe(1);
  });

  it('replaces every word of a mention by its entity, once per mention', () => {
    const text = 'The Northern Fisheries Agency and the NFA agree.';
    const counts = termsOf(text, [
      { start: 4, end: 29, entity: 'org-nfa' },
      { start: 38, end: 41, entity: 'org-nfa' },
    ]);
    expect(counts.get(`${ENTITY_TERM_PREFIX}org-nfa`)).toBe(2 * NAME_WEIGHT);
    expect(counts.has('fishery')).toBe(false);
    expect(counts.has('nfa')).toBe(false);
    expect(counts.get('agre')).toBe(1);
  });

  it('takes in the lower-case tail a mention left off after a hyphen', () => {
    const text = 'Talks with Kim Jong-un ended.';
    const counts = termsOf(text, [{ start: 11, end: 19, entity: 'person-kim' }]);
    expect(counts.has('un')).toBe(false);
    expect(counts.get(`${ENTITY_TERM_PREFIX}person-kim`)).toBe(NAME_WEIGHT);
  });
});
