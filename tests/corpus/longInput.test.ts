// Parsing is linear in the text's length whatever its shape: each of these inputs took time
// quadratic in its length before (many paragraphs without a full stop, a long run of symbols,
// many date prefixes on one line), so at these sizes they ran for minutes.
import { beforeAll, describe, expect, it } from 'vitest';
import { displayBlocks, loadMarkdownLayout } from '../../src/corpus/display';
import { MAX_MARKDOWN_CHARS } from '../../src/corpus/markdown';
import { parseArticle } from '../../src/corpus/parse';
import { articleFromText } from '../helpers/corpus';

// The Markdown layout is loaded on demand, as the reader does before its first frame.
beforeAll(() => loadMarkdownLayout([{ path: 'any.md' }]));

describe('long and odd inputs', () => {
  it('splits 200,000 list items without full stops into as many paragraphs and sentences', () => {
    const a = articleFromText(`Shopping list\n\n${'- item\n'.repeat(200_000)}`);
    expect(a.paragraphs).toHaveLength(200_000);
    expect(a.sentences).toHaveLength(200_000);
  });

  it('counts no words in a 300,000-character run of emoji', () => {
    const a = articleFromText(`Emoji wall\n\n${'😀'.repeat(150_000)} and two words`);
    expect(a.words).toBe(3);
  });

  it('keeps 100,000 table rows in one table block, each row a sentence', () => {
    const a = articleFromText(`Prices\n\nIntro line.\n\n${'Wheat   2.55   2.40\n'.repeat(100_000)}`);
    expect(a.sentences).toHaveLength(100_001);
    expect(displayBlocks(a).map((b) => [b.role, b.spans.length])).toEqual([['paragraph', 1], ['table', 100_000]]);
  });

  it('lays out a Markdown body too long to parse at once, or nested too deep, as plain text', () => {
    const md = (id: string, text: string) => parseArticle({ id, path: `${id}.md`, text, meta: {} });
    const long = md('long', `Title\n\n${'## Part\n\nSome words.\n\n'.repeat(MAX_MARKDOWN_CHARS / 20)}`);
    expect(displayBlocks(long)).toHaveLength(long.paragraphs.length);
    expect(displayBlocks(long).every((b) => b.role === 'paragraph' && b.hidden.length === 0)).toBe(true);
    const short = md('short', 'Title\n\n## Part\n\nSome words.');
    expect(displayBlocks(short).map((b) => b.role)).toEqual(['heading', 'paragraph']);
    const quotes = md('quotes', `Title\n\n${'> '.repeat(20_000)}deep`);
    expect(displayBlocks(quotes).map((b) => b.role)).toEqual(['paragraph']);
    // Many emphasis marks: the parser's time grows faster than their number.
    const emphasis = md('emphasis', `Title\n\n${'*a '.repeat(10_000)}${' b*'.repeat(10_000)}`);
    expect(displayBlocks(emphasis)).toEqual([{ role: 'paragraph', spans: [emphasis.body], hidden: [], styles: [], depth: 0 }]);
  });

  it('reads the date of a line that repeats a date prefix 400,000 times', () => {
    const a = articleFromText(`${'date 2023-09-14 '.repeat(400_000)}\n\nBody text follows here.`);
    expect(a.date.value).toBe('2023-09-14');
  });
});
