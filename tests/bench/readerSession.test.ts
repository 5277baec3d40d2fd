import { describe, expect, it } from 'vitest';
import { analysisTimeoutMs, growthSizes } from '../../bench/growth';
import { body, FrameSplitter, plain } from '../../bench/readerSession';
import { percentile } from '../../bench/stats';

const ERASE = '\x1b[2K\x1b[1A\x1b[2K\x1b[1A\x1b[2K\x1b[G';
/** An Ink ≥ 6.8 redraw: erase the last frame, write the new one, inside synchronized-output marks. */
const inkFrame = (lines: string[]) => `\x1b[?2026h${ERASE}${lines.join('\n')}\x1b[?2026l`;

describe('FrameSplitter', () => {
  it('cuts the stream into frames however it is chunked, marks split across chunks included', () => {
    const stream = inkFrame([' title 1/5', '\x1b[7m first \x1b[27m', ' q quit']) + inkFrame([' title 2/5', '\x1b[7m first \x1b[27m', ' q quit']);
    for (const size of [1, 3, 7, stream.length]) {
      const splitter = new FrameSplitter();
      const frames = [];
      for (let i = 0; i < stream.length; i += size) frames.push(...splitter.feed(stream.slice(i, i + size), i));
      expect(frames.map((f) => f.lines)).toEqual([
        [' title 1/5', '\x1b[7m first \x1b[27m', ' q quit'],
        [' title 2/5', '\x1b[7m first \x1b[27m', ' q quit'],
      ]);
    }
  });

  it('keeps a frame open until its end mark arrives', () => {
    const splitter = new FrameSplitter();
    expect(splitter.feed('\x1b[?2026h line one\n', 1)).toEqual([]);
    expect(splitter.feed(' line two\x1b[?2026l', 2)).toEqual([{ at: 2, lines: [' line one', ' line two'] }]);
  });

  it('takes every chunk as a frame when the program never marks its frames', () => {
    const splitter = new FrameSplitter();
    expect(splitter.feed('ink keys ready · 0 keys', 5)).toEqual([{ at: 5, lines: ['ink keys ready · 0 keys'] }]);
    expect(splitter.feed('\x1b[2K\x1b[G', 6)).toEqual([]); // an erasure alone is no frame
  });
});

describe('frame views', () => {
  const frame = { at: 0, lines: [' rknews · analysing 3/9', '\x1b[7m• Headline\x1b[27m', ' j/k move   q quit'] };

  it('plain drops styles; body keeps them, without the lines skipped', () => {
    expect(plain(frame)).toBe(' rknews · analysing 3/9\n• Headline\n j/k move   q quit');
    expect(body(frame, 1)).toBe('\x1b[7m• Headline\x1b[27m\n j/k move   q quit');
  });

  it('a moved highlight changes the body, a progress count in the title bar does not', () => {
    const progressed = { ...frame, lines: [' rknews · analysing 4/9', ...frame.lines.slice(1)] };
    const moved = { ...frame, lines: [frame.lines[0], '• Headline', frame.lines[2]] };
    expect(body(progressed, 1)).toBe(body(frame, 1));
    expect(body(moved, 1)).not.toBe(body(frame, 1));
  });
});

describe('growth options', () => {
  it('--sizes chooses the rows, in the order given; every row by default', () => {
    expect(growthSizes(['node', 'bench.js'])).toEqual(['1k', '10k', '20k', '100k', 'reuters']);
    expect(growthSizes(['--sizes=10k,1k'])).toEqual(['10k', '1k']);
    expect(() => growthSizes(['--sizes=1k,5k'])).toThrow(/unknown 5k/);
  });

  it('--analysis-timeout is in minutes and must be positive', () => {
    expect(analysisTimeoutMs([])).toBe(90 * 60_000);
    expect(analysisTimeoutMs(['--analysis-timeout=10'])).toBe(600_000);
    expect(() => analysisTimeoutMs(['--analysis-timeout=soon'])).toThrow(/minutes expected/);
    expect(() => analysisTimeoutMs(['--analysis-timeout=0'])).toThrow(/minutes expected/);
  });
});

describe('percentile', () => {
  it('is the nearest-rank value, whatever the order given', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });
});
