import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/types';
import { titleBarLine } from '../../src/ui/views/titleBar';
import { makeArticle } from './fixtures';

const text = (corpus: Corpus, width = 200) => titleBarLine(corpus, width).map((s) => s.text).join('').trim();

function corpusOf(specs: { outlet?: string; date?: string }[]): Corpus {
  return { name: 'seeds', problems: [], articles: specs.map((s, i) => makeArticle({ id: `a${i}`, headline: `H${i}`, paragraphs: ['x'], ...s })) };
}

describe('titleBarLine', () => {
  it('says how many articles the outlets and dates describe when not all have one', () => {
    const corpus = corpusOf([{ outlet: 'Yonhap', date: '2023-09-14' }, { outlet: 'Yonhap' }, {}, {}, {}]);
    expect(text(corpus)).toBe('rknews · seeds · 5 articles · 1 outlet for 2 of 5 · 1 of 5 dated: 2023-09-14 · 0 skipped');
  });

  it('names the outlets and the date range plainly when every article has them, and says when none has', () => {
    const all = corpusOf([{ outlet: 'A', date: '2024-01-02' }, { outlet: 'B', date: '2024-03-04' }]);
    expect(text(all)).toBe('rknews · seeds · 2 articles · 2 outlets · 2024-01-02 – 2024-03-04 · 0 skipped');
    expect(text(corpusOf([{}, {}]))).toBe('rknews · seeds · 2 articles · no outlet known · undated · 0 skipped');
  });
});
