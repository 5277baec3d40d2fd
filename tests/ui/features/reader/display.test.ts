// The reader lays out what the corpus layer's display blocks say: wire copy re-flowed with its
// tables kept as rows, Markdown without its markup (bold, links, headings, lists, quotes, code).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownLayout } from '../../../../src/corpus/display';
import { parseArticle } from '../../../../src/corpus/parse';
import { readerLines } from '../../../../src/ui/features/reader/view';

// The Markdown layout is loaded on demand, as the reader does before its first frame.
beforeAll(() => loadMarkdownLayout([{ path: 'any.md' }]));

const rect = (width: number, height = 40) => ({ top: 1, left: 0, width, height });
const screen = (lines: ReturnType<typeof readerLines>) => lines.map((l) => l.map((s) => s.text).join('').trimEnd());

const WIRE = [
  'OSLO, May 4 - Grain shipments rose last week, the Trade',
  'Ministry said, and it gave the figures as follows -',
  '             Week   Prev   Year ago',
  ' Barley      12.5   11.0     9.8',
  ' Oats         3.1    2.9     4.0',
  '    The ministry said shipments of the U.S. Agriculture',
  'Department were not included.',
].join('\n');

describe('the reader on wire copy', () => {
  it('re-flows wrapped lines into the width, and keeps a table as rows with no blank lines between them', () => {
    const a = parseArticle({ id: 'w', path: 'w.txt', text: `Grain shipments rise\n\n${WIRE}`, meta: {} });
    const s = screen(readerLines({ article: a, top: 0, rect: rect(100) }));
    const body = s.slice(s.findIndex((l) => l.includes('OSLO')));
    expect(body.slice(0, 8)).toEqual([
      ' OSLO, May 4 - Grain shipments rose last week, the Trade Ministry said, and it gave the figures as',
      ' follows -',
      '',
      '             Week   Prev   Year ago',
      ' Barley      12.5   11.0     9.8',
      ' Oats         3.1    2.9     4.0',
      '',
      ' The ministry said shipments of the U.S. Agriculture Department were not included.',
    ]);
  });
});

describe('the reader on Markdown', () => {
  const md = [
    'Intro with **bold** words and [a link](https://example.org/x).',
    '',
    '## Section',
    '',
    '- one',
    '- two',
    '',
    '> quoted',
    '> words',
  ].join('\n');

  it('shows no # or ** and styles what they marked', () => {
    const a = parseArticle({ id: 'm', path: 'm.md', text: `# Title\n\n${md}`, meta: {} });
    const lines = readerLines({ article: a, top: 0, rect: rect(60) });
    const s = screen(lines);
    expect(s.join('\n')).not.toMatch(/[#*]|\]\(/);
    const body = s.slice(s.findIndex((l) => l.includes('Intro')));
    expect(body.slice(0, 9)).toEqual([' Intro with bold words and a link.', '', ' Section', '', ' • one', ' • two', '', ' │ quoted words', '']);
    const bold = lines.flat().find((seg) => seg.text === 'bold');
    expect(bold?.style?.bold).toBe(true);
  });
});
