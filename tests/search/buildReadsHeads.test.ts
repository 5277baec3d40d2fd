// The text index reads of each article its head (title line, stated headline) and first
// paragraph only: cutting every body into paragraphs was most of a cold index build on Reuters.
import { describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/corpus';
import { parseArticle, parseArticleLazily } from '../../src/corpus/parse';
import * as paragraphs from '../../src/corpus/paragraphs';
import { buildSearchIndex, search } from '../../src/search';
import { serializeIndex } from '../../src/search/persist';
import { SEEDS_DIR } from '../helpers/corpus';

vi.mock('../../src/corpus/paragraphs', async (original) => {
  const real = await original<typeof import('../../src/corpus/paragraphs')>();
  return { ...real, splitParagraphs: vi.fn(real.splitParagraphs) };
});

const DOCS = [
  { id: 'titled', path: 'a.jsonl#1', text: 'LONDON, March 2 - Oil rose\nin early trade.\n    Traders said little.\n    More later.', meta: { title: 'OIL RISES' } },
  { id: 'title-line', path: 'b.txt', text: 'Oil rises in London\n\nOil rose in early trade. Traders said little.\n\nMore later.', meta: {} },
  { id: 'derived', path: 'c.txt', text: 'Oil rose in early trade, traders said on Monday in London.\n\nMore later.', meta: {} },
  { id: 'table', path: 'd.txt', text: 'Results:\nNet profit   375,061   vs loss\nRevs   39.9 mln', meta: {} },
  { id: 'empty', path: 'e.txt', text: '', meta: { title: 'Nothing' } },
];

describe('the text index build', () => {
  it('cuts no article into paragraphs, and indexes the same words as from the whole parse', () => {
    const split = vi.mocked(paragraphs.splitParagraphs);
    const lazy = [...loadCorpus([SEEDS_DIR]).articles, ...DOCS.map(parseArticleLazily)];
    const eager = [...loadCorpus([SEEDS_DIR]).articles.map((a) => ({ ...a })), ...DOCS.map(parseArticle)];
    split.mockClear();
    const index = buildSearchIndex(lazy);
    expect(split).not.toHaveBeenCalled();
    expect(serializeIndex(index, 'k').equals(serializeIndex(buildSearchIndex(eager), 'k'))).toBe(true);
  });

  it('cuts no article into paragraphs to print its snippets either, and prints the same ones', () => {
    const split = vi.mocked(paragraphs.splitParagraphs);
    // A Q/A block (one seed has one) and a headline derived from the first sentence need the paragraphs; these do not.
    const docs = DOCS.filter((d) => d.id !== 'derived');
    const lazy = docs.map(parseArticleLazily);
    const eager = docs.map(parseArticle);
    const printed = (articles: typeof lazy) => {
      const results = search(buildSearchIndex(articles), 'oil traders', { near: true });
      return results.slice(0, results.total + results.near).map((r) => [r.article, r.headline, results.snippets(r.index, 3)]);
    };
    const want = printed(eager);
    split.mockClear();
    expect(printed(lazy)).toEqual(want);
    expect(split).not.toHaveBeenCalled();
  });
});
