import { describe, expect, it } from 'vitest';
import { stem, termOf, wordTokens } from '../../../src/analysis/align/tokens';

describe('termOf', () => {
  it('drops stopwords and reporting verbs, keeps content words', () => {
    expect(termOf('the')).toBeNull();
    expect(termOf('said')).toBeNull();
    expect(termOf('accord')).toBe('accord');
  });

  it('keeps acronyms whole, so "US" is never the stopword "us" and equals "U.S."', () => {
    expect(termOf('US')).toBe('us');
    expect(termOf('U.S.')).toBe('us');
    expect(termOf('us')).toBeNull();
  });

  it('maps a capitalised demonym to its place', () => {
    expect(termOf('Russian')).toBe(termOf('Russia'));
    expect(termOf('Koreans')).toBe(termOf('Korea'));
  });
});

describe('stem', () => {
  it('brings inflected forms together', () => {
    expect(stem('launches')).toBe(stem('launch'));
    expect(stem('launched')).toBe(stem('launch'));
    expect(stem('invited')).toBe(stem('invite'));
    expect(stem('planned')).toBe(stem('plan'));
    expect(stem('missiles')).toBe(stem('missile'));
    expect(stem('discussing')).toBe(stem('discussed'));
  });
});

describe('wordTokens', () => {
  it('splits at hyphens and apostrophes and gives offsets into the text', () => {
    const text = 'Say: Kim Jong-un met U.S. envoys.';
    const tokens = wordTokens(text, { start: 5, end: text.length });
    expect(tokens.map((t) => t.surface)).toEqual(['Kim', 'Jong', 'un', 'met', 'U.S.', 'envoys']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
});
