import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences';

function sentences(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at periods, question and exclamation marks', () => {
    expect(sentences('It rained. Was it cold? Yes! The end.')).toEqual([
      'It rained.',
      'Was it cold?',
      'Yes!',
      'The end.',
    ]);
  });

  it('keeps titles and initials with the name that follows', () => {
    expect(sentences('Mr. Kim met Dr. Lee and Gen. Park. John F. Kennedy was not there.')).toEqual([
      'Mr. Kim met Dr. Lee and Gen. Park.',
      'John F. Kennedy was not there.',
    ]);
    expect(sentences('The bill passed, said Del. Jane Doe. Sens. Ann Lee and Tom Ray agreed.')).toEqual([
      'The bill passed, said Del. Jane Doe.',
      'Sens. Ann Lee and Tom Ray agreed.',
    ]);
  });

  it('does not split inside U.S. or before a lower-case word', () => {
    expect(sentences('The U.S. State Department said the U.S. military is ready. It did not say more.')).toEqual([
      'The U.S. State Department said the U.S. military is ready.',
      'It did not say more.',
    ]);
    expect(sentences('Some, e.g. Seoul, agreed. Others did not.')).toEqual(['Some, e.g. Seoul, agreed.', 'Others did not.']);
  });

  it('ends a sentence at an abbreviation when a sentence opener follows', () => {
    expect(sentences('He lives in the U.S. The next day he left.')).toEqual(['He lives in the U.S.', 'The next day he left.']);
    expect(sentences('Shares of Acme Inc. rose. They fell later.')).toEqual(['Shares of Acme Inc. rose.', 'They fell later.']);
  });

  it('keeps a month abbreviation with the day number', () => {
    expect(sentences('The forum is scheduled to run Sept. 10 to 13. It is annual.')).toEqual([
      'The forum is scheduled to run Sept. 10 to 13.',
      'It is annual.',
    ]);
    expect(sentences('See item No. 5 below. Then stop.')).toEqual(['See item No. 5 below.', 'Then stop.']);
  });

  it('keeps closing quotation marks and brackets with their sentence', () => {
    expect(sentences('"We came here." He smiled. “It works.” (It did.) Fine.')).toEqual([
      '"We came here."',
      'He smiled.',
      '“It works.”',
      '(It did.)',
      'Fine.',
    ]);
  });

  it('does not split a quoted question followed by its attribution', () => {
    expect(sentences('"Why now?" he asked. Nobody knew.')).toEqual(['"Why now?" he asked.', 'Nobody knew.']);
  });

  it('ignores periods inside numbers, URLs and compounds', () => {
    expect(sentences('Growth was 2.5 pct at bbc.co.uk and U.S.-led talks went on. Done.')).toEqual([
      'Growth was 2.5 pct at bbc.co.uk and U.S.-led talks went on.',
      'Done.',
    ]);
  });

  it('joins hard-wrapped lines but always breaks at a blank line', () => {
    const text = 'SALVADOR, Feb 26 - Showers continued in\nthe Bahia cocoa zone, Comissaria Smith\nsaid. The dry period\nwill end.\n\nA heading without a period\nNext paragraph.';
    expect(sentences(text)).toEqual([
      'SALVADOR, Feb 26 - Showers continued in\nthe Bahia cocoa zone, Comissaria Smith\nsaid.',
      'The dry period\nwill end.',
      'A heading without a period\nNext paragraph.',
    ]);
  });

  it('returns trimmed spans inside the given range only', () => {
    const text = 'Skip this. Take this one.  And this.   Not this.';
    const start = text.indexOf('Take');
    const end = text.indexOf('Not');
    const spans = splitSentences(text, { start, end });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Take this one.', 'And this.']);
    for (const s of spans) expect(s.start).toBeGreaterThanOrEqual(start);
  });

  it('keeps a no-break space out of the span', () => {
    const text = 'It said so.\u00a0\u00a0';
    expect(sentences(text)).toEqual(['It said so.']);
  });
});

describe('splitSentences on stray punctuation', () => {
  it('joins a fragment without letters or digits to the sentence before it', () => {
    expect(sentences('Supplies are adequate in the US. . Prices fell.')).toEqual(['Supplies are adequate in the US. .', 'Prices fell.']);
  });
});

describe('splitSentences on wire digests', () => {
  it('splits at an ellipsis run straight into a capital', () => {
    expect(sentences('It joined the EEP...The Canadian board met....Brazil acted.')).toEqual([
      'It joined the EEP...',
      'The Canadian board met....',
      'Brazil acted.',
    ]);
  });
});

describe('splitSentences after abbreviations before punctuation', () => {
  it('splits before a quotation but not before a bracket or a quoted nickname after an initial', () => {
    expect(sentences('Sales rose in the U.S. "It is good," he said.')).toEqual(['Sales rose in the U.S.', '"It is good," he said.']);
    expect(sentences('Buyers were Australia (44 pct), the U.S. (29 pct) and Canada.')).toHaveLength(1);
    expect(sentences('Chairman C. J. "Pete" Silas spoke.')).toHaveLength(1);
  });
});
