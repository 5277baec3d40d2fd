import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

function cacheFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-cache-'));
  return { dir, file: join(dir, 'entities.json') };
}

/** A cache file as the analysis writes it, then `damage` applied to its parsed JSON. */
async function damagedCache(damage: (json: { version: string; entries: Record<string, unknown> }) => unknown) {
  const { dir, file } = cacheFile();
  const cache = openEntityCache(file);
  const fresh = await analyseCorpus(articles, { cache });
  expect(cache.save()).toBeNull();
  writeFileSync(file, JSON.stringify(damage(JSON.parse(readFileSync(file, 'utf8')))));
  return { dir, file, fresh };
}

describe('the entity cache read back from disk', () => {
  it('sets aside a file whose entries are not an object, and recomputes', async () => {
    const { dir, file, fresh } = await damagedCache((json) => ({ ...json, entries: null }));
    const cache = openEntityCache(file);
    expect(cache.warning).toMatch(/unreadable \(unexpected structure \(entries: .*\)\); set aside as .*corrupt-/);
    expect(await analyseCorpus(articles, { cache })).toEqual(fresh);
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  for (const [label, bad] of [
    ['a number', 5],
    ['entities of the wrong type', { entities: 'x' }],
    ['an entity without mentions', { entities: [{ name: 'X', type: 'person', key: 'x', aliases: [], known: false, evidence: { person: 1, organization: 0, place: 0 } }] }],
  ] as const) {
    it(`drops an entry that is ${label}, recomputes it and says so`, async () => {
      const { file, fresh } = await damagedCache((json) => ({ ...json, entries: { ...json.entries, [hashes[0]]: bad } }));
      const cache = openEntityCache(file);
      expect(await analyseCorpus(articles, { cache })).toEqual(fresh);
      expect(cache.warning).toBe('1 analysis cache entry was invalid and recomputed');
      expect(cache.added).toBe(1);
      cache.save();
      const again = openEntityCache(file);
      await analyseCorpus(articles, { cache: again });
      expect(again.warning).toBeNull();
      expect(again.added).toBe(0);
    });
  }

  for (const [label, span] of [
    ['past the end of the text', { start: 1e9, end: 1e9 + 3 }],
    ['negative', { start: -5, end: 2 }],
    ['backwards', { start: 10, end: 4 }],
    ['fractional', { start: 1.5, end: 4 }],
  ] as const) {
    it(`drops an entry with a mention offset ${label}`, async () => {
      const { file, fresh } = await damagedCache((json) => {
        const entry = json.entries[hashes[1]] as { entities: { mentions: unknown[] }[] };
        entry.entities[0].mentions.push(span);
        return json;
      });
      const cache = openEntityCache(file);
      const again = await analyseCorpus(articles, { cache });
      expect(again).toEqual(fresh);
      expect(cache.warning).toMatch(/^1 analysis cache entry was invalid/);
    });
  }

  it('sets aside a file from another analyser version', async () => {
    const { file } = await damagedCache((json) => ({ ...json, version: 'other' }));
    expect(openEntityCache(file).warning).toMatch(/unreadable .*version/);
  });
});
