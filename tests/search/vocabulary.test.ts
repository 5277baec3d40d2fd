// The typo walk skips whole blocks of the sorted vocabulary (every word starting like one
// already out of reach): it must find exactly what comparing the typed word with every
// vocabulary word finds, on vocabularies full of shared starts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/search/text';
import { fuzzyTerms, type FuzzyTerm } from '../../src/search/vocabulary';

/** Every word within `max` edits, and with `partial` every word one of whose starts is (at the closest start's distance). */
function bruteForce(terms: readonly string[], token: string, max: number, partial: boolean): FuzzyTerm[] {
  const out: FuzzyTerm[] = [];
  terms.forEach((word, id) => {
    const whole = boundedEditDistance(word, token, max);
    if (whole <= max) return out.push({ id, distance: whole, partial: false });
    if (!partial) return;
    let closest = max + 1;
    for (let n = 0; n <= word.length; n++) closest = Math.min(closest, boundedEditDistance(word.slice(0, n), token, max));
    if (closest <= max) out.push({ id, distance: closest, partial: true });
  });
  return out;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 9 });
const vocabulary = fc.uniqueArray(word, { minLength: 1, maxLength: 300 }).map((words) => words.sort());

describe('fuzzyTerms', () => {
  it('finds exactly the words a scan of the whole vocabulary finds, skipping blocks or not', () => {
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 0, max: 2 }), fc.boolean(), (terms, token, max, partial) => {
        const found = fuzzyTerms(terms, token, max, partial).sort((a, b) => a.id - b.id);
        expect(found).toEqual(bruteForce(terms, token, max, partial));
      }),
      { numRuns: 300 },
    );
  });

  it('walks two vocabularies in turn without mixing them up (each keeps its own skip table)', () => {
    const first = ['bank', 'banks', 'bend', 'bond', 'bonds'];
    const second = ['bank', 'bunk', 'zinc'];
    expect(fuzzyTerms(first, 'bonk', 1, false).map((f) => first[f.id])).toEqual(['bank', 'bond']);
    expect(fuzzyTerms(second, 'bonk', 1, false).map((f) => second[f.id])).toEqual(['bank', 'bunk']);
    expect(fuzzyTerms(first, 'bonk', 1, false).map((f) => first[f.id])).toEqual(['bank', 'bond']);
  });
});
