// Progress from the pool's cache lookups: the title bar once read "analysing -1/2215" because the
// count of articles done went negative after an article missing from the cache.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseEntities } from '../../../src/analysis';
import { builtWorker, openPool, type AnalysisPool } from '../../../src/analysis/pool/pool';
import { openEntityCache } from '../../../src/store/entityCache';
import { seedCorpus } from '../../helpers/corpus';

const WORKER = builtWorker(new URL('../../../dist/rknews.js', import.meta.url));
const pools: AnalysisPool[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const p of pools.splice(0)) p.close();
});

/** A clock that moves a second a reading, so every step ends a time slice and reports. */
function everyStepReports(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1_000));
}

describe('progress of the entity stage in the pool', () => {
  it('counts only articles done, from 0 up to the total, whichever articles the cache holds', async () => {
    if (!WORKER) throw new Error('no built worker: run `node scripts/build.mjs` first');
    // Several batches (BATCH_ARTICLES is 32), so progress is reported between them.
    const articles = Array.from({ length: 10 }, () => seedCorpus().articles).flat().map((a, i) => ({ ...a, id: `${a.id}-${i}`, text: `${a.text}\n\nCopy ${i}.` }));
    const cache = openEntityCache(mkdtempSync(join(tmpdir(), 'rknews-progress-')));
    // The cache holds the second article only: the first lookup is a miss, the second a hit.
    await analyseEntities(articles.slice(1, 2), { cache });
    everyStepReports();
    const pool = openPool(1, WORKER);
    pools.push(pool);
    const done: number[] = [];
    await analyseEntities(articles, { pool, cache, onProgress: (d) => done.push(d) });
    expect(done.length).toBeGreaterThan(2);
    expect(done.every((d) => d >= 0 && d <= articles.length)).toBe(true);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(articles.length);
  });
});
