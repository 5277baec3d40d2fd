import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/corpus/types';
import { blockLineSegments } from '../../../src/ui/shared/blockText';
import { visiblePieces, wrapFlow } from '../../../src/ui/shared/text/flow';

/** Each wrapped line as shown: its visible pieces, a line break shown as a blank. */
function shownLines(text: string, hidden: Span[], width: number): string[] {
  const span = { start: 0, end: text.length };
  return wrapFlow(text, span, hidden, width).map((l) =>
    visiblePieces(text, l, hidden)
      .map((p) => text.slice(p.start, p.end))
      .join('')
      .replace(/\n/g, ' '),
  );
}

describe('wrapFlow', () => {
  it('re-flows hard-wrapped lines: a line break inside a paragraph is a blank, its indentation gone', () => {
    const text = 'WASHINGTON - Wheat sales rose, the U.S. Agriculture\n    Department said.';
    expect(shownLines(text, [], 80)).toEqual(['WASHINGTON - Wheat sales rose, the U.S. Agriculture Department said.']);
    expect(shownLines(text, [], 40)).toEqual(['WASHINGTON - Wheat sales rose, the U.S.', 'Agriculture Department said.']);
  });

  it('gives hidden markup no room and never breaks a word at it', () => {
    const text = 'Talks with **Kim Jong Un**, then [more](https://example.org/a/very/long/path) talks.';
    const hidden = [
      { start: 11, end: 13 },
      { start: 24, end: 26 },
      { start: 33, end: 34 },
      { start: 38, end: 77 },
    ];
    expect(shownLines(text, hidden, 80)).toEqual(['Talks with Kim Jong Un, then more talks.']);
    expect(shownLines(text, hidden, 22)).toEqual(['Talks with Kim Jong', 'Un, then more talks.']);
  });

  it('cuts a word wider than the line', () => {
    expect(shownLines('a bcdefghij k', [], 4)).toEqual(['a', 'bcde', 'fghi', 'j k']);
  });

  it('measures words by their columns: wide characters two, accented and combined letters one, tabs as gaps', () => {
    expect(shownLines('日本語 abc 日本語', [], 7)).toEqual(['日本語', 'abc', '日本語']);
    expect(shownLines('café crème e\u0301tait là', [], 11)).toEqual(['café crème', 'e\u0301tait là']);
    expect(shownLines('one\ttwo  three', [], 8)).toEqual(['one\ttwo', 'three']);
  });

  it('renders a line with its runs styled and its markup left out', () => {
    const text = 'Say **yes** now';
    const segments = blockLineSegments(text, { start: 0, end: text.length }, { hidden: [{ start: 4, end: 6 }, { start: 9, end: 11 }], styles: [{ start: 6, end: 9, style: 'strong' }] }, []);
    expect(segments.map((s) => [s.text, s.style?.bold ?? false])).toEqual([
      ['Say ', false],
      ['yes', true],
      [' now', false],
    ]);
  });
});
