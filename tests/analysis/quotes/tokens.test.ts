// The quote tokenizer matches in place over the whole text (tokens.ts): a range must tokenize as its
// own text would, even where it ends inside a word.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/quotes/tokens';

/** The range's text tokenized alone, offsets moved back into the whole text. */
const alone = (text: string, start: number, end: number) =>
  tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));

describe('tokenize', () => {
  const text = 'Mr. Smith of the U.S. said “9/11 changed it”; Ostravia’s well-known envoy agreed. Élodie nodded.';

  it('reads a range as its own text: cut inside a word, a dotted abbreviation or a number', () => {
    for (const [start, end] of [[0, text.length], [0, 7], [4, 19], [13, 20], [30, 33], [46, 60], [83, 86], [20, 20]]) {
      expect(tokenize(text, start, end)).toEqual(alone(text, start, end));
    }
    expect(tokenize(text, 0, 7).map((t) => t.text)).toEqual(['Mr.', 'Smi']);
  });

  it('words start with a letter or digit, in any script; a sentence dot is its own token', () => {
    expect(tokenize('Élodie 9 “no”. U.S.').map((t) => [t.text, t.word])).toEqual([
      ['Élodie', true], ['9', true], ['“', false], ['no', true], ['”', false], ['.', false], ['U.S.', true],
    ]);
  });
});
