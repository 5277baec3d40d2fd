import { beforeAll, describe, expect, it } from 'vitest';
import { displayBlocks, loadMarkdownLayout } from '../../src/corpus/display';
import { parseArticle } from '../../src/corpus/parse';
import type { Article, DisplayBlock } from '../../src/corpus/types';
import { articleFromText } from '../helpers/corpus';

// The Markdown layout is loaded on demand, as the reader does before its first frame.
beforeAll(() => loadMarkdownLayout([{ path: 'any.md' }]));

function markdownArticle(text: string): Article {
  return parseArticle({ id: 'md', path: 'notes/md.md', text, meta: {} });
}

/** What a block shows: its spans with the hidden ranges taken out, rows joined by " / ". */
function shown(a: Article, b: DisplayBlock): string {
  return b.spans
    .map((s) => {
      let out = '';
      let at = s.start;
      for (const h of b.hidden.filter((x) => x.start >= s.start && x.end <= s.end)) {
        out += a.text.slice(at, h.start);
        at = h.end;
      }
      return out + a.text.slice(at, s.end);
    })
    .join(' / ');
}

const WIRE = [
  'OSLO, May 4 - Grain shipments rose last week, the Trade',
  'Ministry said, and it gave the figures as follows -',
  '             Week   Prev   Year ago',
  ' Barley      12.5   11.0     9.8',
  ' Oats         3.1    2.9     4.0',
  ' Rye and',
  ' mixed grain  0.4    0.6     0.5',
  '    The ministry said shipments of the',
  'Agriculture Department were not included.',
].join('\n');

describe('displayBlocks on wire copy', () => {
  it('keeps a table as one block of rows as written, between re-flowed paragraphs', () => {
    const a = articleFromText(`Grain shipments rise\n\n${WIRE}`);
    const blocks = displayBlocks(a);
    expect(blocks.map((b) => b.role)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(shown(a, blocks[1]).split(' / ')).toEqual([
      '            Week   Prev   Year ago',
      'Barley      12.5   11.0     9.8',
      'Oats         3.1    2.9     4.0',
      'Rye and',
      'mixed grain  0.4    0.6     0.5',
    ]);
    // A wrapped paragraph is one span; the reader re-flows its line breaks.
    expect(a.text.slice(blocks[2].spans[0].start, blocks[2].spans[0].end)).toBe('The ministry said shipments of the\nAgriculture Department were not included.');
  });

  it('makes each row a paragraph and a sentence of its own, not cut at an abbreviation', () => {
    const a = articleFromText(`Prices\n\n${WIRE.replace(' Oats ', ' St. Paul')}`);
    const sentences = a.sentences.map((s) => a.text.slice(s.start, s.end));
    expect(sentences).toContain('St. Paul        3.1    2.9     4.0');
    expect(sentences).toContain('Barley      12.5   11.0     9.8');
  });

  it('parts two tables at a blank line, and leaves prose with double spaces after full stops as prose', () => {
    const a = articleFromText('Two tables\n\nA   1   2\nB   3   4\n\nC   5   6\n\nHe said so.  Then he left.  Nobody   followed.');
    const blocks = displayBlocks(a);
    expect(blocks.map((b) => b.role)).toEqual(['table', 'table', 'table']);
    const prose = articleFromText('Prose\n\nHe said so.  Then he left.  Nobody followed him.\nIt rained.  It poured.');
    expect(displayBlocks(prose).map((b) => b.role)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('displayBlocks on Markdown', () => {
  const md = [
    '# The title',
    '',
    'Talks with **Kim Jong Un** and *others* went on, said [the agency](https://example.org/kcna "KCNA"),',
    'using `code` and a \\*literal\\* star.',
    '',
    '## What was agreed',
    '',
    '- more **grain**',
    '- fewer',
    '  tariffs',
    '',
    '3. third',
    '4. fourth',
    '',
    '> A quoted line',
    '> that goes on.',
    '',
    '```',
    'a   b',
    '  c d',
    '```',
    '',
    '---',
    '',
    '![A photo of the port](port.jpg) and <b>html</b>.',
  ].join('\n');

  it('hides the markup and keeps the words, each block a span of the article text', () => {
    const a = markdownArticle(md);
    expect(a.headline.value).toBe('The title');
    const blocks = displayBlocks(a);
    expect(blocks.map((b) => [b.role, b.marker ?? '', shown(a, b)])).toEqual([
      ['paragraph', '', 'Talks with Kim Jong Un and others went on, said the agency,\nusing code and a *literal* star.'],
      ['heading', '', 'What was agreed'],
      ['item', '•', 'more grain'],
      ['item', '•', 'fewer\n  tariffs'],
      ['item', '3.', 'third'],
      ['item', '4.', 'fourth'],
      ['quote', '', 'A quoted line\nthat goes on.'],
      ['code', '', 'a   b /   c d'],
      ['rule', '', ''],
      ['paragraph', '', 'A photo of the port and <b>html</b>.'],
    ]);
    for (const b of blocks) {
      for (const s of [...b.spans, ...b.hidden, ...b.styles]) {
        expect(s.start).toBeGreaterThanOrEqual(a.body.start);
        expect(s.end).toBeLessThanOrEqual(a.body.end);
      }
    }
  });

  it('styles bold, italic, links and code over the words they mark, as offsets into the text', () => {
    const a = markdownArticle(md);
    const styles = displayBlocks(a)[0].styles.map((s) => [s.style, a.text.slice(s.start, s.end)]);
    expect(styles).toEqual([
      ['strong', 'Kim Jong Un'],
      ['emphasis', 'others'],
      ['link', 'the agency'],
      ['code', 'code'],
    ]);
  });

  it('reads .txt files as plain text, markup characters and all', () => {
    const a = articleFromText('Title\n\nSome **bold** words here.');
    expect(displayBlocks(a).map((b) => shown(a, b))).toEqual(['Some **bold** words here.']);
  });
});
