// Issue 15: "derived headlines are cut at 40 columns while 75 columns stay empty". While no
// article is open the list takes half the screen (the reader only previews), so a 52-character
// headline shows whole at 120 columns; opening an article gives the reader its width back.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/corpus/types';
import { renderFrame } from '../../../../src/ui/frame';
import type { Line } from '../../../../src/ui/shared/lines';
import { initialState, reduce } from '../../../../src/ui/state';
import { longParagraphs, makeArticle } from '../../fixtures';

const HEADLINE = 'Harbour council agrees to rebuild the old ferry pier';
const corpus: Corpus = {
  articles: [makeArticle({ id: 'pier', headline: HEADLINE, outlet: 'Example Wire', date: '2023-09-13', paragraphs: longParagraphs(3) })],
  problems: [],
} as unknown as Corpus;

const text = (l: Line) => l.map((s) => s.text).join('');
const listColumn = (lines: Line[], width: number) => lines.slice(1).map((l) => text(l).slice(0, width)).join('\n');

describe('the list headline', () => {
  it('shows a 52-character headline whole at 120 columns while browsing, beside a preview', () => {
    expect(HEADLINE.length).toBe(52);
    const frame = renderFrame({ corpus, state: initialState(), cols: 120, rows: 40 });
    expect(listColumn(frame.lines, frame.layout.list.width)).toContain(HEADLINE);
    expect(frame.layout.reader.width).toBeGreaterThanOrEqual(30);
  });

  it('uses half of an 80-column screen while browsing, more than the open-article list', () => {
    const browsing = renderFrame({ corpus, state: initialState(), cols: 80, rows: 24 });
    const open = renderFrame({ corpus, state: reduce(initialState(), { type: 'open' }, browsing.viewport), cols: 80, rows: 24 });
    expect(open.layout.list.width).toBeLessThan(browsing.layout.list.width);
    const shown = (f: typeof open) => listColumn(f.lines, f.layout.list.width).split('\n')[0].replace(/^[•\s]+/, '').replace(/[…\s]+$/, '');
    expect(HEADLINE.startsWith(shown(browsing))).toBe(true);
    expect(shown(browsing).length).toBeGreaterThan(shown(open).length);
  });
});
