import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../src/search/names';

describe('namesMatch', () => {
  it('any word of the name, any case', () => {
    expect(namesMatch('putin', ['Vladimir Putin'])).toBe(true);
    expect(namesMatch('VLADIMIR putin', ['Vladimir Putin'])).toBe(true);
  });

  it('forgives a typo in a longer word, not in a short one', () => {
    expect(namesMatch('putn', ['Vladimir Putin'])).toBe(true);
    expect(namesMatch('kin', ['Kim Jong Un'])).toBe(false);
  });

  it('ignores hyphens and spaces when the words run together', () => {
    expect(namesMatch('kimjongun', ['Kim Jong-un'])).toBe(true);
    expect(namesMatch('jong-un', ['Kim Jong Un'])).toBe(true);
  });

  it('every typed word must belong to the same name', () => {
    expect(namesMatch('matthew putin', ['Matthew Miller', 'Vladimir Putin'])).toBe(false);
    expect(namesMatch('', ['Anyone'])).toBe(false);
  });
});
