import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedEditDistance, foldText, onWordBoundaries, wordsWithOffsets, wordTokens } from '../../src/search/text';

describe('foldText', () => {
  it('lower-cases, drops accents and plain-quotes, keeping every offset', () => {
    expect(foldText('Russia’s “Élan” Café')).toBe('russia\'s "elan" cafe');
  });

  it('never changes the length', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldText(s).length === s.length));
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, with offsets', () => {
    expect(wordTokens('Kim Jong-un, 2019!')).toEqual(['kim', 'jong', 'un', '2019']);
    expect(wordsWithOffsets('ab cd')).toEqual([
      { word: 'ab', start: 0, end: 2 },
      { word: 'cd', start: 3, end: 5 },
    ]);
  });

  it('tells whole words from fragments', () => {
    expect(onWordBoundaries('the port is', 4, 8)).toBe(true);
    expect(onWordBoundaries('the airport', 7, 11)).toBe(false);
  });
});

describe('boundedEditDistance', () => {
  it('counts edits up to the bound, and bound + 1 beyond it', () => {
    expect(boundedEditDistance('suport', 'support', 1)).toBe(1);
    expect(boundedEditDistance('unconditonal', 'unconditional', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcd', 1)).toBe(2);
  });
});
