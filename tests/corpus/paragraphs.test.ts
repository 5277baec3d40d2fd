import { describe, expect, it } from 'vitest';
import { firstParagraph, isBlank, isTableRow, splitParagraphs } from '../../src/corpus/paragraphs';

function paragraphs(text: string): string[] {
  return splitParagraphs(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines of spaces', () => {
    expect(paragraphs('One.\n\nTwo.\n  \t\nThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('takes each line as a paragraph when lines are long or end sentences', () => {
    expect(paragraphs('First sentence here.\nSecond one here.\n Third, indented by one space.')).toEqual([
      'First sentence here.',
      'Second one here.',
      'Third, indented by one space.',
    ]);
  });

  it('joins wrapped lines of wire copy and starts a paragraph at indentation', () => {
    const text = 'CLEVELAND, Feb 26 - Standard Oil Co and BP North America\nInc said they plan to form a venture.\n    BP North America is a subsidiary of British Petroleum Co\nPlc <BP>.\n    Net profit 375,061 vs loss 10.4 mln\n    Revs 39.9 mln vs 37.8 mln';
    expect(paragraphs(text)).toEqual([
      'CLEVELAND, Feb 26 - Standard Oil Co and BP North America\nInc said they plan to form a venture.',
      'BP North America is a subsidiary of British Petroleum Co\nPlc <BP>.',
      'Net profit 375,061 vs loss 10.4 mln',
      'Revs 39.9 mln vs 37.8 mln',
    ]);
  });

  it('joins wrapped prose without indentation into one paragraph', () => {
    expect(paragraphs('This paragraph was wrapped by\nan editor at a narrow width so\nthat it reads well.\n\nNext one.')).toEqual([
      'This paragraph was wrapped by\nan editor at a narrow width so\nthat it reads well.',
      'Next one.',
    ]);
  });
});

describe('splitParagraphs on lists', () => {
  it('starts a paragraph at each list item even in short unpunctuated lines', () => {
    expect(paragraphs('The firm said it had:\n- cut prices\n- raised wages\n- hired staff')).toEqual([
      'The firm said it had:',
      '- cut prices',
      '- raised wages',
      '- hired staff',
    ]);
  });
});

describe('splitParagraphs on wrapped dashes', () => {
  it('keeps a dash that wrapping put first on a line inside its paragraph', () => {
    const text = 'It will extend its brand to its casinos and\n- trials of which have been a success - it\nalso owns a media arm.';
    expect(paragraphs(text)).toEqual([text]);
  });
});

describe('splitParagraphs on two-line wrapped paragraphs', () => {
  it('joins a line that ends in a question mark when the next one continues in lower case', () => {
    const text = "The new version of the song Do They Know It's Christmas?\nhas gone straight in at number one.";
    expect(paragraphs(text)).toEqual([text]);
  });
});

describe('splitParagraphs on wire copy with a long first line', () => {
  it('still joins wrapped lines when the dateline line runs past the usual width', () => {
    const text = 'ANKARA, March 8 - Engineers are working to repair the Iraq- Turkey oil pipeline near the southern town of Adana after it\nwas cut by a landslide, agencies said.\n    Little oil was lost.';
    expect(paragraphs(text)).toEqual([
      'ANKARA, March 8 - Engineers are working to repair the Iraq- Turkey oil pipeline near the southern town of Adana after it\nwas cut by a landslide, agencies said.',
      'Little oil was lost.',
    ]);
  });
});

describe('splitParagraphs on one-per-line text with a line in lower case', () => {
  it('keeps the other lines apart and the lower-case line after a full stop on its own', () => {
    const long = 'This opening paragraph is long enough that nobody would mistake it for a hard-wrapped line of copy.';
    const text = `${long}\nfinished third in the final after a strong start, the officials said on Sunday evening here.\nThe next paragraph is also quite long and starts with a capital letter as usual in news.`;
    expect(paragraphs(text)).toHaveLength(3);
  });
});

describe('firstParagraph', () => {
  it('is the first paragraph splitParagraphs finds, in every layout', () => {
    const texts = [
      'One.\n\nTwo.',
      '\n\n  \nOnly one, after blank lines.  ',
      'CLEVELAND, Feb 26 - Standard Oil Co and BP North America\nInc said they plan to form a venture.\n    BP North America is a subsidiary.',
      'Net profit   375,061   vs loss\nRevs   39.9 mln\nThen prose.',
      'Results for the year ended\nNet profit   375,061   vs loss',
      'First sentence here.\nSecond one here.',
      'Christmas?\nhas gone\n\nNext.',
      'Items to buy:\n- milk and bread\n- eggs',
      '',
      '   \n\t\n',
    ];
    for (const text of texts) {
      const range = { start: 0, end: text.length };
      expect(firstParagraph(text, range)).toEqual(splitParagraphs(text, range)[0] ?? null);
    }
  });
});

describe('isBlank and isTableRow read in place', () => {
  // The plain forms they replace: trim(), and the two column patterns on every line.
  const blank = (s: string) => s.trim() === '';
  const tableRow = (s: string) => {
    if (s.includes('\n')) return false;
    if (/[^\s.?!](?: {3}|\t)[ \t]*\S/.test(s)) return true;
    const gaps = s.match(/[^\s.?!:;,"'”’)] {2}(?=\S)/g);
    return gaps !== null && gaps.length >= 2;
  };
  const PIECES = [' ', '  ', '   ', '\t', '\u00a0', '\u2003', '\ufeff', '\u200b', '\v', '\r', 'a', 'Z', '9', '.', ':', ')', '’', '-', 'é'];

  it('answer as trim() and the column patterns do, on 20,000 random lines', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      for (let k = next() % 16; k > 0; k--) s += PIECES[next() % PIECES.length];
      const line = { start: 0, end: s.length };
      expect(isBlank(s, line), JSON.stringify(s)).toBe(blank(s));
      expect(isTableRow(s, line), JSON.stringify(s)).toBe(tableRow(s));
    }
  });
});
