// `rknews search` reads a warm index and prints snippets without parsing what it does not
// print: the index key comes from the loaded documents, and snippets split only the
// paragraphs that hold a matched word. These check that the shortcuts give the same answers.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus';
import { parseArticleLazily } from '../../src/corpus/parse';
import type { Article } from '../../src/corpus/types';
import { buildSearchIndex, search } from '../../src/search';
import { deserializeIndex, indexKey, serializeIndex } from '../../src/search/persist';
import { SEEDS_DIR } from '../helpers/corpus';

const PARSED = ['headline', 'outlet', 'date', 'url', 'author', 'caption', 'titleLine', 'body', 'paragraphs', 'sentences', 'faq', 'words'];

/** The article with every parsed field made to throw when read. */
function unparseable(article: Article): Article {
  for (const key of PARSED) {
    Object.defineProperty(article, key, {
      get: () => {
        throw new Error(`${key} was parsed`);
      },
    });
  }
  return article;
}

describe('the search index key', () => {
  it('is made without parsing a loaded article, and is the same for the same documents', () => {
    const key = indexKey(loadCorpus([SEEDS_DIR]).articles);
    const poisoned = loadCorpus([SEEDS_DIR]).articles.map(unparseable);
    expect(indexKey(poisoned)).toBe(key);
  });

  it('changes with a stated title (the headline field is indexed), not only with the text', () => {
    const doc = (title: string) => parseArticleLazily({ id: 'a', path: 'a.jsonl#1', text: 'Oil prices rose.\n\nMore text here.', meta: { title } });
    expect(indexKey([doc('OIL RISES')])).not.toBe(indexKey([doc('OIL FALLS')]));
  });
});

describe('the index read from bytes', () => {
  it('is read the same from a buffer that does not start on a 4-byte boundary', () => {
    const articles = loadCorpus([SEEDS_DIR]).articles;
    const key = indexKey(articles);
    const bytes = serializeIndex(buildSearchIndex(articles), key);
    const shifted = Buffer.concat([Buffer.from([7]), bytes]).subarray(1);
    const aligned = deserializeIndex(bytes, articles, key)!;
    const unaligned = deserializeIndex(shifted, articles, key)!;
    expect(unaligned).not.toBeNull();
    const r = search(unaligned, 'korea', { near: true });
    const s = search(aligned, 'korea', { near: true });
    expect(r.slice(0, r.total).map((a) => [a.article, a.score])).toEqual(s.slice(0, s.total).map((a) => [a.article, a.score]));
  });
});

const TEXT = [
  'OIL MARKETS STEADY',
  '',
  'Crude oil prices held steady on Monday. Traders waited for the OPEC meeting.',
  '',
  'Nothing in this paragraph is about the subject. It has two sentences.',
  '',
  'Analysts said oil could rise. Others expected prices to fall by spring. Gas was flat.',
  '',
  'ΣΟΦΙΑ traders (oil) said little.',
].join('\n');

describe('snippets found around the matched words', () => {
  it('are every sentence holding a query word, with the sentence offsets', () => {
    const articles = [parseArticleLazily({ id: 'oil', path: 'oil.txt', text: TEXT, meta: {} })];
    const index = buildSearchIndex(articles);
    const r = search(index, 'oil prices', { near: true });
    const snippets = r.snippets(r.slice(0, 1)[0].index);
    const sentences = articles[0].sentences.map((s) => TEXT.slice(s.start, s.end));
    const expected = sentences.filter((s) => /\b(oil|prices?)\b/i.test(s) && s !== 'OIL MARKETS STEADY');
    expect(snippets.filter((s) => s.kind === 'text').map((s) => s.text).sort()).toEqual(expected.sort());
    for (const s of snippets) if (s.start >= 0) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('are the same for an article whose text has a capital sigma (matched sentence by sentence)', () => {
    const articles = [parseArticleLazily({ id: 'greek', path: 'g.txt', text: 'ΑΘΗΝΑ ΣΗΜΕΡΑ\n\nΗ ΑΓΟΡΑ ΑΝΟΙΞΕ. Οι ΤΙΜΕΣ ΑΝΕΒΗΚΑΝ ΣΗΜΕΡΑ.', meta: {} })];
    const r = search(buildSearchIndex(articles), 'τιμες', { near: true });
    expect(r.total).toBe(1);
    expect(r.snippets(r.slice(0, 1)[0].index).map((s) => s.text)).toEqual(['Οι ΤΙΜΕΣ ΑΝΕΒΗΚΑΝ ΣΗΜΕΡΑ.']);
  });
});

describe('a query typed letter by letter', () => {
  const QUERIES = ['unconditonal suport', 'korea | artel', 'north korean artilery shells', 'satelite | submarines', '"space launch center"', 'putin !kim', 'ukrain war'];
  const shown = (index: ReturnType<typeof buildSearchIndex>, q: string, typing: boolean) => {
    const r = search(index, q, { typing });
    return r.slice(0, r.total).map((a) => ({ article: a.article, score: a.score, snippets: r.snippets(a.index).map((s) => [s.kind, s.start, s.textHighlights]) }));
  };

  it('ranks and cuts passages at every keystroke as the same query searched on its own (what is kept between keystrokes is per query word)', () => {
    const articles = loadCorpus([SEEDS_DIR]).articles;
    const typedOn = buildSearchIndex(articles);
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        const prefix = q.slice(0, n);
        // A fresh index of the same articles shares nothing kept from earlier queries.
        expect(shown(typedOn, prefix, true), prefix).toEqual(shown(buildSearchIndex(articles), prefix, true));
      }
      expect(shown(typedOn, q, false), q).toEqual(shown(buildSearchIndex(articles), q, false));
    }
  });
});
