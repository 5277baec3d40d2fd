// A search, its headlines and its snippets read no article's date: normalising stated dates was a
// tenth of a warm `rknews search` printing thousands of Reuters articles.
import { describe, expect, it, vi } from 'vitest';
import { parseArticleLazily } from '../../src/corpus/parse';
import * as metadata from '../../src/corpus/metadata';
import { buildSearchIndex, search } from '../../src/search';

vi.mock('../../src/corpus/metadata', async (original) => {
  const real = await original<typeof import('../../src/corpus/metadata')>();
  return { ...real, normaliseDate: vi.fn(real.normaliseDate) };
});

const docs = () =>
  ['Oil prices rose in early trade.', 'Oil prices fell.\n\nTraders said oil would recover.'].map((text, i) =>
    parseArticleLazily({ id: `a${i}`, path: `a.jsonl#${i}`, text, meta: { title: `OIL ${i}`, date: '1987-02-26T15:01:01' } }),
  );

describe('search', () => {
  it('normalises no date while it ranks, names and quotes the matching articles', () => {
    const normalise = vi.mocked(metadata.normaliseDate);
    const articles = docs();
    const results = search(buildSearchIndex(articles), 'oil prices', { near: true });
    const listed = results.slice(0, results.total + results.near);
    expect(listed.map((r) => r.headline).sort()).toEqual(['OIL 0', 'OIL 1']);
    expect(listed.flatMap((r) => results.snippets(r.index, 3)).length).toBeGreaterThan(0);
    expect(articles[0].sentences.length).toBe(1);
    expect(normalise).not.toHaveBeenCalled();
    expect(articles[0].date).toEqual({ value: '1987-02-26', from: 'explicit' });
    expect(normalise).toHaveBeenCalledTimes(1);
  });
});
