// The fast path the build puts in front of string-width gives its answer, or leaves the text to it.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { NARROW_CHARS } from '../../../src/ui/shared/text/graphemes';
import { narrowWidth } from '../../../src/ui/shared/text/narrowWidth';

/** Every character of NARROW_CHARS' ranges. */
function narrowCharacters(): string[] {
  const ranges = [...NARROW_CHARS.matchAll(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4}))-\\(?:x([0-9a-f]{2})|u([0-9a-f]{4}))/g)];
  return ranges.flatMap((m) => {
    const from = parseInt(m[1] ?? m[2], 16);
    const to = parseInt(m[3] ?? m[4], 16);
    return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
  });
}

describe('narrowWidth', () => {
  it("agrees with string-width on every one-column character, alone and in colour codes", () => {
    const chars = narrowCharacters();
    expect(chars.length).toBeGreaterThan(900);
    for (const c of chars) {
      expect(narrowWidth(c)).toBe(stringWidth(c));
      expect(narrowWidth(`\x1b[1m\x1b[38;2;10;20;30m${c}x\x1b[39m\x1b[22m`)).toBe(stringWidth(`\x1b[1m\x1b[38;2;10;20;30m${c}x\x1b[39m\x1b[22m`));
    }
    const line = ' Russia’s “full support” — 1–19 of 141 · 13% │ café ';
    expect(narrowWidth(line)).toBe(stringWidth(line));
  });

  it('leaves other text to string-width', () => {
    for (const text of ['日本', 'e\u0301', '👍', 'a\tb', '\x1b]8;;https://x\x07link\x1b]8;;\x07', 'x\u200by']) expect(narrowWidth(text)).toBe(-1);
    expect(narrowWidth('§', { ambiguousIsNarrow: false })).toBe(-1);
    expect(narrowWidth('\x1b[1mA\x1b[22m', { countAnsiEscapeCodes: true })).toBe(-1);
    expect(narrowWidth(42)).toBe(-1);
  });
});
