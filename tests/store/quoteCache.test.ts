import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseEntities, analyseQuotes } from '../../src/analysis';
import type { Entity } from '../../src/analysis/types';
import { textHash } from '../../src/corpus/hash';
import { analyseWithCache } from '../../src/store/cachedAnalysis';
import { openEntityCache } from '../../src/store/entityCache';
import { openQuoteCache, quoteCacheBeside } from '../../src/store/quoteCache';
import { articleFromText, seedCorpus } from '../helpers/corpus';

const freshDir = () => mkdtempSync(join(tmpdir(), 'rknews-quotes-'));
const seeds = () => seedCorpus().articles;
/** The seeds with quotation marks: all but one, which has no quotes to find. */
const QUOTED_SEEDS = 4;

/** An article of its own: names no one the seeds name. */
const extra = (i: number) => articleFromText(`Harbour report ${i}\n\n"The pier opens on day ${i}," said Harbourmaster Tove Lind${i} in Tromsø.\n\nLind${i} said the ferries would run "every hour, weather permitting".`, `extra-${i}`);

/** Quotes found with the cache at `dir`, and how many articles' quotes were found afresh. */
async function quotesWith(dir: string, articles = seeds(), entities?: Entity[]) {
  const cache = openQuoteCache(dir);
  const quotes = await analyseQuotes(articles, entities ?? (await analyseEntities(articles)), { quoteCache: cache });
  expect(cache.save()).toBeNull();
  return { quotes, computed: cache.stats.computed, hits: cache.stats.hits, warning: cache.warning };
}

describe('the per-article quote cache', () => {
  it('gives what finding the quotes gives, and finds none again on a second run', async () => {
    const dir = freshDir();
    const entities = await analyseEntities(seeds());
    const plain = await analyseQuotes(seeds(), entities);
    expect(plain.length).toBeGreaterThan(10);
    const first = await quotesWith(dir, seeds(), entities);
    expect(first.quotes).toEqual(plain);
    expect(first.computed).toBe(QUOTED_SEEDS);
    const second = await quotesWith(dir, seeds(), entities);
    expect(second.quotes).toEqual(plain);
    expect(second.computed).toBe(0);
    expect(second.warning).toBeNull();
  });

  it('finds the quotes of only the articles added to a cached corpus', async () => {
    const dir = join(freshDir(), 'entities');
    await analyseWithCache(seeds(), undefined, () => openEntityCache(dir));
    const more = [...seeds(), extra(1), extra(2), extra(3)];
    const out = await analyseWithCache(more, undefined, () => openEntityCache(dir));
    expect(out.stats).toMatchObject({ analysed: 3, quotesFound: 3, quotesFromCache: QUOTED_SEEDS, quotesWithoutMarks: seeds().length - QUOTED_SEEDS });
    const fresh = await analyseWithCache(more, undefined, () => openEntityCache(join(freshDir(), 'entities')));
    expect(out.analysis).toEqual(fresh.analysis);
    expect(out.analysis.quotes.filter((q) => q.article.startsWith('extra-')).length).toBeGreaterThanOrEqual(3);
  });

  it('neither finds nor keeps the quotes of an article without quotation marks, and counts it apart', async () => {
    const dir = join(freshDir(), 'entities');
    const plain = articleFromText('Harbour report\n\nHarbourmaster Tove Lind said in Tromsø that the pier opens on Monday.', 'plain');
    const out = await analyseWithCache([...seeds(), plain], undefined, () => openEntityCache(dir));
    expect(out.stats).toMatchObject({ quotesFound: QUOTED_SEEDS, quotesFromCache: 0, quotesWithoutMarks: seeds().length - QUOTED_SEEDS + 1 });
    expect(out.analysis.quotes.filter((q) => q.article === 'plain')).toEqual([]);
    expect(openQuoteCache(quoteCacheBeside(dir)).get(textHash(plain.text), plain.text)).toBeUndefined();
    const again = await analyseWithCache([plain, ...seeds()], undefined, () => openEntityCache(dir));
    expect(again.stats).toMatchObject({ quotesFound: 0, quotesFromCache: QUOTED_SEEDS, quotesWithoutMarks: seeds().length - QUOTED_SEEDS + 1 });
  });

  it('finds an article\'s quotes again when an entity it mentions changed, though no name lookup did', async () => {
    const dir = freshDir();
    const article = articleFromText('Port news\n\n"We will wait," said Ann Kvist Lee at the quay.', 'port');
    const start = article.text.indexOf('Ann');
    const named = (name: string): Entity[] => [{ id: 'person:ann', name, type: 'person', aliases: [], mentions: [{ article: 'port', span: { start, end: start + 13 } }] }];
    const before = await quotesWith(dir, [article], named('Ann Kvist Lee'));
    expect(before.quotes[0].speaker).toEqual({ name: 'Ann Kvist Lee', entity: 'person:ann' });
    // The corpus-wide merge now names her otherwise: her mention in this article is the same.
    const after = await quotesWith(dir, [article], named('Ann K. Lee'));
    expect(after.computed).toBe(1);
    // Read, found not to hold, replaced: not a hit.
    expect(after.hits).toBe(0);
    expect(after.quotes[0].speaker).toEqual({ name: 'Ann K. Lee', entity: 'person:ann' });
  });

  it('finds them again when a name it linked now links elsewhere, though the article\'s own mentions are the same', async () => {
    const dir = freshDir();
    const article = articleFromText('Port news\n\n"We will wait," said Ann Kvist Lee at the quay.', 'port');
    const before = await quotesWith(dir, [article], []);
    expect(before.quotes[0].speaker).toEqual({ name: 'Ann Kvist Lee' });
    // Ann Kvist Lee is an entity of another article: the corpus-wide lookup now links her.
    const elsewhere: Entity = { id: 'person:ann-kvist-lee', name: 'Ann Kvist Lee', type: 'person', aliases: [], mentions: [{ article: 'other', span: { start: 0, end: 13 } }] };
    const after = await quotesWith(dir, [article], [elsewhere]);
    expect(after.computed).toBe(1);
    expect(after.quotes).toEqual(await analyseQuotes([article], [elsewhere]));
    expect(after.quotes[0].speaker).toEqual({ name: 'Ann Kvist Lee', entity: 'person:ann-kvist-lee' });
  });

  it('sets aside a damaged shard and finds its articles\' quotes again, with a warning', async () => {
    const dir = freshDir();
    const { quotes } = await quotesWith(dir);
    const shards = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(shards.length).toBeGreaterThan(0);
    writeFileSync(join(dir, shards[0]), '{ "version": "dev", "entr');
    const again = await quotesWith(dir);
    expect(again.quotes).toEqual(quotes);
    expect(again.computed).toBeGreaterThanOrEqual(1);
    expect(again.warning).toMatch(/the quote cache was unreadable \(.*\); set aside as .*corrupt-/);
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(true);
    // Written afresh: the next run uses every entry, without a warning.
    const third = await quotesWith(dir);
    expect([third.computed, third.warning]).toEqual([0, null]);
  });

  for (const [label, bad] of [
    ['not an object', 7],
    ['a quote past the end of its article', { view: 'x', links: [], quotes: [{ s: 0, e: 1e9, who: null }] }],
    ['a quote with a speaker of the wrong shape', { view: 'x', links: [], quotes: [{ s: 0, e: 1, who: 'Putin' }] }],
  ] as const) {
    it(`drops an entry that is ${label}, and finds that article's quotes again`, async () => {
      const dir = freshDir();
      const { quotes } = await quotesWith(dir);
      const hash = textHash(seeds()[0].text);
      const file = join(dir, `${hash.slice(0, 1)}.json`);
      const shard = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
      writeFileSync(file, JSON.stringify({ ...shard, entries: { ...shard.entries, [hash]: bad } }));
      const again = await quotesWith(dir);
      expect(again.quotes).toEqual(quotes);
      expect(again.computed).toBe(1);
      expect(again.warning).toBe('1 quote cache entry was invalid and recomputed');
    });
  }

  it('is kept beside the entity cache', () => {
    expect(quoteCacheBeside('/c/rknews/entities-v1')).toBe('/c/rknews/quotes-dev');
  });
});
