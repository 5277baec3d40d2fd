import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { forEachGrapheme } from '../../../src/ui/shared/text/graphemes';
import { screenText } from '../../../src/ui/shared/text/safe';
import { displayWidth, fitToWidth, truncateToWidth, wrapRange, wrapString } from '../../../src/ui/shared/text/wrap';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('wrapRange', () => {
  it('breaks at blanks and keeps every line within the width', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const lines = wrapString(text, 10);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('returns spans of the original text, so offsets survive wrapping', () => {
    const text = 'xx alpha beta gamma delta yy';
    const spans = wrapRange(text, { start: 3, end: 25 }, 11);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['alpha beta', 'gamma delta']);
    expect(spans[0].start).toBe(3);
  });

  it('counts wide characters as two columns', () => {
    const lines = wrapString('東京東京東京', 5);
    expect(lines).toEqual(['東京', '東京', '東京']);
    expect(displayWidth('東京🚀')).toBe(6);
  });

  it('cuts a word longer than the line between graphemes', () => {
    expect(wrapString('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // The flag is one grapheme of two code points; it must not be split.
    const flag = '🇯🇵';
    for (const line of wrapString(flag.repeat(5), 4)) expect(line).toBe(flag.repeat(2).slice(0, line.length));
  });

  it('treats a newline as a hard break and keeps empty lines', () => {
    expect(wrapString('one\n\ntwo', 20)).toEqual(['one', '', 'two']);
  });

  it('never exceeds the width and loses no word (property)', () => {
    const char = fc.constantFrom('a', 'b', ' ', ' ', '東', '🚀', 'é', '\t', '-');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 200 }).map((cs) => cs.join('')), fc.integer({ min: 2, max: 50 }), (text, width) => {
        const lines = wrapString(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(words(text).join(''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncateToWidth', () => {
  it('adds an ellipsis only when something was cut', () => {
    expect(truncateToWidth('short', 10)).toBe('short');
    expect(truncateToWidth('a longer headline', 8)).toBe('a longe…');
    expect(displayWidth(truncateToWidth('東京東京東京', 5))).toBeLessThanOrEqual(5);
  });
});

describe('long runs without blanks', () => {
  const widthOk = (lines: string[], width: number) => lines.every((l) => displayWidth(l) <= width);

  it('hard-breaks a 5,000,000-character run into full lines whose spans round-trip', () => {
    const text = `x ${'abcdefghij'.repeat(500_000)} y`;
    const spans = wrapRange(text, { start: 0, end: text.length }, 78);
    // 'x', then the run in full 78-column lines, its rest sharing the last line with 'y'.
    expect(spans.length).toBe(1 + Math.ceil(5_000_000 / 78));
    expect(spans.slice(1, -1).every((s) => s.end - s.start === 78)).toBe(true);
    let joined = '';
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(78);
      joined += text.slice(s.start, s.end);
    }
    expect(joined.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it('breaks a long CJK run at 2-column characters, never past the width', () => {
    const run = '東京大阪'.repeat(5_000);
    for (const width of [7, 8, 79]) {
      const lines = wrapString(run, width);
      expect(widthOk(lines, width)).toBe(true);
      expect(lines.slice(0, -1).every((l) => displayWidth(l) >= width - 1)).toBe(true);
      expect(lines.join('')).toBe(run);
    }
  });

  it('never splits a grapheme of a long mixed run, across the pieces it is segmented in', () => {
    // Flags (two code points), combining accents and CJK, 10,000 graphemes without a blank.
    const unit = ['🇯🇵', 'e\u0301', '東', 'a', '👩🏽‍💻'];
    const run = Array.from({ length: 10_000 }, (_, i) => unit[(i * 7) % unit.length]).join('');
    const lines = wrapString(run, 9);
    expect(lines.join('')).toBe(run);
    expect(widthOk(lines, 9)).toBe(true);
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const line of lines) {
      for (const { segment } of segmenter.segment(line)) expect(unit).toContain(segment);
    }
  });

  it('measures and fits long text in time linear in its length', () => {
    const run = 'é東'.repeat(200_000);
    expect(displayWidth(run)).toBe(600_000);
    expect(displayWidth(fitToWidth(run, 32))).toBe(31);
  });
});

describe('emoji sequences', () => {
  it('measures a joined, toned or selected emoji as the plain emoji the screen shows', () => {
    // What tmux 3.3 draws differs from string-width for these; the screen gets plain emoji instead.
    expect(screenText('👨‍👩‍👧 👍🏽 ❤️ #️⃣')).toBe('👨👩👧 👍 ❤ #');
    for (const s of ['👨‍👩‍👧', '👍🏽', '❤️', '🏳️‍🌈', '#️⃣', 'a👩🏽‍💻b']) expect(displayWidth(s)).toBe(stringWidth(screenText(s)));
    expect(displayWidth('👨‍👩‍👧')).toBe(6);
  });

  it('keeps joiners that are not between emoji', () => {
    expect(screenText('क्‍ष')).toBe('क्‍ष');
  });
});

describe('forEachGrapheme', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Plain characters, emoji, and what joins them: marks, skin tones, joiners, selectors, flags.
  const char = fc.constantFrom('a', 'e', ' ', '東', 'ア', '한', '😀', '🌡', '👍', '\u0301', '\u0300', '🏽', '\u200d', '\ufe0f', '🇯', '🇵', 'क', '\u094d', '\r', '\n', '\u00e9');

  it('finds the graphemes Intl.Segmenter finds, across the pieces it reads text in (property)', () => {
    fc.assert(
      fc.property(fc.array(char, { minLength: 400, maxLength: 1500 }).map((cs) => cs.join('')), (text) => {
        const mine: string[] = [];
        forEachGrapheme(text, 0, text.length, (start, end) => void mine.push(text.slice(start, end)));
        expect(mine).toEqual([...segmenter.segment(text)].map((s) => s.segment));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with Intl.Segmenter on plain text with marks, read without it (property)', () => {
    const plain = fc.constantFrom('a', ' ', '東', '😀', '🌡', '🚀', '\u0301', '\u0300', 'é');
    fc.assert(
      fc.property(fc.array(plain, { minLength: 400, maxLength: 3000 }).map((cs) => cs.join('')), (text) => {
        const mine: string[] = [];
        forEachGrapheme(text, 0, text.length, (start, end) => void mine.push(text.slice(start, end)));
        expect(mine).toEqual([...segmenter.segment(text)].map((s) => s.segment));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the width of plain characters and lets the caller measure the rest', () => {
    const text = 'aé東e\u0301😀';
    const seen: [string, number][] = [];
    forEachGrapheme(text, 0, text.length, (start, end, width) => void seen.push([text.slice(start, end), width]));
    expect(seen).toEqual([['a', 1], ['é', 1], ['東', 2], ['e\u0301', 1], ['😀', 0]]);
  });
});
