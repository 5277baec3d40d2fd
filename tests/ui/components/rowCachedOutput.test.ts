// The Output the bundle puts in Ink's place composes the same text as Ink's own, frame after
// frame, whatever is written where, and composes a row again only when its writes change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Ink's own Output, which the bundle wraps (its package exports only the entry point).
import InksOutput from '../../../node_modules/ink/build/output.js';
import type { InkOutput, InkOutputClass } from '../../../src/ui/shared/components/rowCachedOutput';
import { withRowCache } from '../../../src/ui/shared/components/rowCachedOutput';

const Ink = InksOutput as unknown as InkOutputClass;

type Op = { type: 'write'; x: number; y: number; text: string; bold?: boolean } | { type: 'clip'; x1: number; x2: number } | { type: 'unclip' };

function compose(Output: InkOutputClass, width: number, height: number, ops: readonly Op[]): string {
  const output = new Output({ width, height }) as InkOutput & { clip(c: object): void; unclip(): void };
  for (const op of ops) {
    // A <Text bold> hands Ink a transformer that makes each of its lines bold.
    if (op.type === 'write') output.write(op.x, op.y, op.text, { transformers: op.bold ? [(line, i) => `\x1b[1m${line}${i}\x1b[22m`] : [] });
    else if (op.type === 'clip') output.clip({ x1: op.x1, x2: op.x2, y1: undefined, y2: undefined });
    else output.unclip();
  }
  return output.get().output;
}

// Text as frames hold it: plain, coloured, bold or inverse runs, wide and combining characters.
const piece = fc.constantFrom('a', 'word ', ' ', '│', '—', '日本', 'e\u0301', '👍', '\x1b[1m', '\x1b[22m', '\x1b[31m', '\x1b[39m', '\x1b[7m', '\x1b[27m', '\x1b[48;2;10;20;30m', '\x1b[49m', '\n');
const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
const write = fc.record({ type: fc.constant('write' as const), x: fc.integer({ min: 0, max: 30 }), y: fc.integer({ min: -1, max: 6 }), text, bold: fc.boolean() });
const op = fc.oneof({ weight: 8, arbitrary: write }, { weight: 1, arbitrary: fc.record({ type: fc.constant('clip' as const), x1: fc.integer({ min: 0, max: 10 }), x2: fc.integer({ min: 10, max: 30 }) }) }, { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) });

describe('withRowCache', () => {
  it("composes what Ink's Output composes, on every frame of a run", () => {
    const Cached = withRowCache(Ink);
    const frames = fc.array(fc.array(op, { maxLength: 12 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 6 }), frames, (width, height, run) => {
        // Each frame after the first reuses rows of the ones before, as a screen does.
        for (const ops of run) expect(compose(Cached, width, height, ops)).toBe(compose(Ink, width, height, ops));
      }),
      { numRuns: 400 },
    );
  });

  it('tells apart writes that would read alike joined together', () => {
    const Cached = withRowCache(Ink);
    const two: Op[] = [
      { type: 'write', x: 0, y: 0, text: 'a' },
      { type: 'write', x: 1, y: 0, text: 'b' },
    ];
    // One line holding what would separate two writes in a key made by joining them.
    for (const joined of ['a 1 1 b', 'a\u00001\u0001b']) {
      const one: Op[] = [{ type: 'write', x: 0, y: 0, text: joined }];
      for (const ops of [one, two, one]) expect(compose(Cached, 10, 1, ops)).toBe(compose(Ink, 10, 1, ops));
    }
  });

  it('composes a row again only when its writes change', () => {
    let composed = 0;
    // Counts the one-row Outputs made for rows not seen before.
    class Counting extends Ink {
      constructor(options: { width: number; height: number }) {
        super(options);
        if (options.height === 1) composed++;
      }
    }
    const Cached = withRowCache(Counting);
    const frame = (cursor: number) => Array.from({ length: 10 }, (_, y): Op => ({ type: 'write', x: 0, y, text: y === cursor ? `\x1b[7m row ${y}\x1b[27m` : ` row ${y}` }));
    compose(Cached, 20, 10, frame(2));
    expect(composed).toBe(10);
    composed = 0;
    // The cursor moves down a row: the row it left and the row it reached change.
    expect(compose(Cached, 20, 10, frame(3))).toBe(compose(Ink, 20, 10, frame(3)));
    expect(composed).toBe(2);
  });
});
