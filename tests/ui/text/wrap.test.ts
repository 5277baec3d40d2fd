import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, truncateToWidth, wrapRange, wrapString } from '../../../src/ui/text/wrap';

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
