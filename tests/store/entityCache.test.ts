import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import { textHash } from '../../src/corpus/hash';
import { openEntityCache } from '../../src/store/entityCache';
import { articleFromText } from '../helpers/corpus';

const articles = [
  articleFromText('President Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday.\n\nPutin said the talks went well.', 'a'),
  articleFromText('The United Nations criticised the meeting. Kim Jong Un did not reply.', 'b'),
];
const hashes = articles.map((a) => textHash(a.text));
const shardFile = (dir: string, hash: string) => join(dir, `${hash.slice(0, 1)}.json`);

type Shard = { version: string; entries: Record<string, unknown> };

/** A cache folder as the analysis writes it, then `damage` applied to the parsed JSON of the shard holding article `which`. */
async function damagedCache(damage: (json: Shard) => unknown, which = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-cache-'));
  const cache = openEntityCache(dir);
  const fresh = await analyseCorpus(articles, { cache });
  expect(cache.save()).toBeNull();
  const file = shardFile(dir, hashes[which]);
  writeFileSync(file, JSON.stringify(damage(JSON.parse(readFileSync(file, 'utf8')) as Shard)));
  return { dir, fresh };
}

describe('the entity cache read back from disk', () => {
  it('sets aside a shard whose entries are not an object, and recomputes', async () => {
    const { dir, fresh } = await damagedCache((json) => ({ ...json, entries: null }));
    const cache = openEntityCache(dir);
    expect(await analyseCorpus(articles, { cache })).toEqual(fresh);
    expect(cache.warning).toMatch(/unreadable \(unexpected structure \(entries: .*\)\); set aside as .*corrupt-/);
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(true);
    // The damaged shard's article is analysed again.
    expect(cache.stats.computed).toBeGreaterThanOrEqual(1);
  });

  for (const [label, bad] of [
    ['a number', 5],
    ['entities of the wrong type', { entities: 'x' }],
    ['an entity without mentions', { entities: [{ name: 'X', type: 'person', key: 'x', aliases: [], known: false, evidence: { person: 1, organization: 0, place: 0 } }] }],
  ] as const) {
    it(`drops an entry that is ${label}, recomputes it and says so`, async () => {
      const { dir, fresh } = await damagedCache((json) => ({ ...json, entries: { ...json.entries, [hashes[0]]: bad } }));
      const cache = openEntityCache(dir);
      expect(await analyseCorpus(articles, { cache })).toEqual(fresh);
      expect(cache.warning).toBe('1 analysis cache entry was invalid and recomputed');
      expect(cache.added).toBe(1);
      cache.save();
      const again = openEntityCache(dir);
      await analyseCorpus(articles, { cache: again });
      expect(again.warning).toBeNull();
      expect(again.added).toBe(0);
      expect(again.stats).toEqual({ hits: 2, computed: 0 });
    });
  }

  for (const [label, span] of [
    ['past the end of the text', { start: 1e9, end: 1e9 + 3 }],
    ['negative', { start: -5, end: 2 }],
    ['backwards', { start: 10, end: 4 }],
    ['fractional', { start: 1.5, end: 4 }],
  ] as const) {
    it(`drops an entry with a mention offset ${label}`, async () => {
      const { dir, fresh } = await damagedCache((json) => {
        const entry = json.entries[hashes[1]] as { entities: { mentions: unknown[] }[] };
        entry.entities[0].mentions.push(span);
        return json;
      }, 1);
      const cache = openEntityCache(dir);
      expect(await analyseCorpus(articles, { cache })).toEqual(fresh);
      expect(cache.warning).toMatch(/^1 analysis cache entry was invalid/);
    });
  }

  it('sets aside a shard from another analyser version', async () => {
    const { dir } = await damagedCache((json) => ({ ...json, version: 'other' }));
    const cache = openEntityCache(dir);
    cache.get(hashes[0], articles[0].text);
    expect(cache.warning).toMatch(/unreadable .*version/);
  });
});

describe('the entity cache on disk', () => {
  it('rewrites only the shards of the articles added, not the whole cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-cache-'));
    const many = Array.from({ length: 40 }, (_, i) => articleFromText(`Report ${i}\n\nMinister Anna Berg${i} visited Oslo on day ${i}.`, `r${i}`));
    const first = openEntityCache(dir);
    await analyseCorpus(many, { cache: first });
    first.save();
    const before = new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
    expect(before.size).toBeGreaterThan(10);

    const added = articleFromText('Late news\n\nPresident Ola Nord spoke in Bergen.', 'late');
    const second = openEntityCache(dir);
    await new Promise((r) => setTimeout(r, 20)); // a rewritten file gets a later mtime
    await analyseCorpus([...many, added], { cache: second });
    expect(second.stats).toEqual({ hits: 40, computed: 1 });
    second.save();
    const changed = readdirSync(dir).filter((f) => statSync(join(dir, f)).mtimeMs !== before.get(f));
    expect(changed).toEqual([`${textHash(added.text).slice(0, 1)}.json`]);
  });

  it('writes new entries a bounded step at a time with saveSome, and all of them in the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-cache-'));
    const many = Array.from({ length: 30 }, (_, i) => articleFromText(`Item ${i}\n\nGovernor Lee${i} met the Harbour Council${i}.`, `i${i}`));
    const cache = openEntityCache(dir);
    await analyseCorpus(many, { cache });
    expect(cache.saveSome(0)).toBeNull();
    // A zero budget still writes one shard per call, so repeated calls always finish.
    expect(readdirSync(dir)).toHaveLength(1);
    expect(cache.added).toBeGreaterThan(0);
    while (cache.added > 0) cache.saveSome(0);
    const reopened = openEntityCache(dir);
    await analyseCorpus(many, { cache: reopened });
    expect(reopened.stats).toEqual({ hits: 30, computed: 0 });
  });
});
