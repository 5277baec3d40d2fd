import { describe, expect, it } from 'vitest';
import { hashRange, TermTable } from '../../src/search/termTable';
import { WORD_RUN } from '../../src/search/text';
import { forEachWordRun } from '../../src/search/wordRuns';

function runs(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachWordRun(text, (start, end, hash) => {
    expect(hash).toBe(hashRange(text, start, end));
    out.push([start, end]);
  });
  return out;
}

const byRegex = (text: string): [number, number][] => [...text.matchAll(WORD_RUN)].map((m) => [m.index, m.index + m[0].length]);

/** Characters that try the edges: letters, marks, digits, astral letters and symbols, lone surrogates, spaces. */
const PIECES = ['a', 'Z', '9', 'é', 'e\u0301', '\u0301', 'ß', 'İ', '日本', '٣', '𝔘', '😀', '\ud800', '\udc00', '\ud835', ' ', '\u00a0', '-', "'", '’', '\n', '\t', '.', '_', '\u200b'];

describe('forEachWordRun', () => {
  it('finds the runs WORD_RUN matches, on 5,000 random strings and a few fixed ones', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const texts = ['', 'oil prices', '  Crude  oil, 3.5 dlrs. ', 'x\ud800', '\udc00y', '𝔘𝔘 z', 'a😀b'];
    for (let t = 0; t < 5000; t++) {
      let s = '';
      for (let k = next() % 24; k > 0; k--) s += PIECES[next() % PIECES.length];
      texts.push(s);
    }
    for (const text of texts) expect(runs(text), JSON.stringify(text)).toEqual(byRegex(text));
  });
});

describe('TermTable', () => {
  it('gives each word one id, from a range of any text, across growth', () => {
    const table = new TermTable();
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => table.idOf(`  ${w}.`, 2, 2 + w.length));
    expect(ids).toEqual(words.map((_, i) => i));
    expect(words.map((w) => table.idOf(w, 0, w.length))).toEqual(ids);
    expect(table.words).toEqual(words);
    expect(table.idOf('', 0, 0)).toBe(30_000);
  });
});
