import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotedSpans, hasQuotationMarks } from '../../../src/analysis/quotes/marks';

function inner(text: string): string[] {
  return findQuotedSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.inner.start, q.inner.end));
}

describe('findQuotedSpans', () => {
  it('finds straight and curly quotations', () => {
    expect(inner('"We will win," said Ana Brill. Then “it is over,” she added.')).toEqual(['We will win,', 'it is over,']);
  });

  it('does not treat apostrophes or single quotes as marks', () => {
    expect(inner('Norland’s minister said the plan was Norland\'s "best chance" for a \'fresh start\'.')).toEqual(['best chance']);
  });

  it('keeps a quotation across sentences as one span', () => {
    expect(inner('"This is one. This is two," he said.')).toEqual(['This is one. This is two,']);
  });

  it('splits a flattened multi-paragraph quotation at each new opening mark', () => {
    const t = 'She said: "First part ends here. "Second part begins and ends." Then more.';
    expect(inner(t)).toEqual(['First part ends here.', 'Second part begins and ends.']);
  });

  it('survives unbalanced and stray marks', () => {
    expect(inner('A stray " mark and then "a real one" here.')).toEqual(['a real one']);
    expect(inner('An opening "never closed')).toEqual([]);
    expect(inner('closing only” here')).toEqual([]);
    expect(inner('""')).toEqual([]);
    expect(inner('a 42" screen')).toEqual([]);
  });

  it('closes an open quotation at the paragraph end when the next paragraph opens another', () => {
    const t = '"One paragraph of speech.\n\n"And the second one," he said.';
    const paras = [{ start: 0, end: 25 }, { start: 27, end: t.length }];
    const got = findQuotedSpans(t, paras).map((q) => t.slice(q.inner.start, q.inner.end));
    expect(got).toEqual(['One paragraph of speech.', 'And the second one,']);
  });
});

describe('hasQuotationMarks', () => {
  it('sees every double mark, and no apostrophe or single quote', () => {
    for (const mark of ['"', '“', '”', '«', '»', '„']) expect(hasQuotationMarks(`He said ${mark}no`)).toBe(true);
    expect(hasQuotationMarks("Norland's minister called it Norland’s 'fresh start'.")).toBe(false);
  });

  it('is false only when no quotation can be found in the text', () => {
    const marks = fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '’', ' ', '.', 'a', 'said', '\n\n');
    fc.assert(
      fc.property(fc.array(marks, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        if (!hasQuotationMarks(text)) expect(findQuotedSpans(text, [{ start: 0, end: text.length }])).toEqual([]);
      }),
    );
  });
});
