import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/search';
import { deserializeIndex, indexKey, serializeIndex } from '../../src/search/persist';
import { cachedSearchIndex, startCachedIndexBuild } from '../../src/store/searchIndexCache';
import { articleFromText, seedCorpus } from '../helpers/corpus';

const seeds = () => seedCorpus().articles;
const ranked = (index: ReturnType<typeof buildSearchIndex>, q: string) => {
  const r = search(index, q, { near: true });
  return r.slice(0, r.total + r.near).map((a) => [a.article, a.score]);
};
const dir = mkdtempSync(join(tmpdir(), 'rknews-search-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the search index on disk', () => {
  it('reads back an index that ranks exactly as the one built', () => {
    const built = buildSearchIndex(seeds());
    const key = indexKey(seeds());
    const read = deserializeIndex(serializeIndex(built, key), seeds(), key)!;
    expect(read).not.toBeNull();
    for (const q of ['unconditonal suport', '"space launch center"', 'korea !kozhemyako', 'putin | miller', "'unch"]) {
      expect(ranked(read, q), q).toEqual(ranked(built, q));
    }
  });

  it('refuses bytes for other articles, cut short or damaged', () => {
    const key = indexKey(seeds());
    const bytes = serializeIndex(buildSearchIndex(seeds()), key);
    const other = [articleFromText('Something else entirely.\n', 'x')];
    expect(deserializeIndex(bytes, other, indexKey(other))).toBeNull();
    expect(deserializeIndex(bytes.subarray(0, bytes.length - 100), seeds(), key)).toBeNull();
    expect(deserializeIndex(Buffer.from('not an index'), seeds(), key)).toBeNull();
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, damaged.length - 4000, damaged.length - 2000);
    expect(deserializeIndex(damaged, seeds(), key)).toBeNull();
  });

  it('the cache builds and saves once, reads after, and rebuilds over a damaged file without failing', () => {
    const file = join(dir, 'search-index.bin');
    let builds = 0;
    const build = () => (builds++, buildSearchIndex(seeds()));
    expect(cachedSearchIndex(seeds(), build, file).from).toBe('built');
    expect(cachedSearchIndex(seeds(), build, file).from).toBe('cache');
    expect(builds).toBe(1);
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    const again = cachedSearchIndex(seeds(), build, file);
    expect(again.from).toBe('built');
    expect(again.warning).toBeNull();
    expect(ranked(again.index, 'korea')).toEqual(ranked(buildSearchIndex(seeds()), 'korea'));
  });

  it('says so when the cache cannot be written, and still searches', () => {
    const result = cachedSearchIndex(seeds(), () => buildSearchIndex(seeds()), join(dir, 'no-such-dir', '\u0000', 'x.bin'));
    expect(result.from).toBe('built');
    expect(result.warning).toMatch(/could not save the search index/);
  });

  it("the reader's build reads a saved index in its first slices, and builds in slices and saves when there is none", async () => {
    const file = join(dir, 'reader-index.bin');
    const first = startCachedIndexBuild(seeds(), file);
    let slices = 0;
    // The save is written asynchronously: the build says "not done" until it settles, so the loop yields as the reader does.
    while (!first.step(0)) {
      slices++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(slices).toBeGreaterThan(1);
    expect(first.from).toBe('built');
    expect(first.warning).toBeNull();
    expect(ranked(first.finish(), 'korea')).toEqual(ranked(buildSearchIndex(seeds()), 'korea'));

    const second = startCachedIndexBuild(seeds(), file);
    let warmSlices = 0;
    while (!second.step(0)) warmSlices++;
    expect(second.from).toBe('cache');
    expect(warmSlices).toBeLessThanOrEqual(2); // the file read, then the index read from it
    expect(second.done).toBe(seeds().length);
    expect(ranked(second.finish(), 'unconditonal suport')).toEqual(ranked(buildSearchIndex(seeds()), 'unconditonal suport'));

    const other = [articleFromText('Something else entirely.\n', 'x')];
    const rebuilt = startCachedIndexBuild(other, file);
    expect(rebuilt.step(0)).toBe(false);
    rebuilt.finish();
    expect(rebuilt.from).toBe('built');
  });

  it("the reader's build still gives the index when the cache cannot be written, and says why", () => {
    const build = startCachedIndexBuild(seeds(), join(dir, 'no-such-dir', '\u0000', 'x.bin'));
    const index = build.finish();
    expect(build.from).toBe('built');
    expect(build.warning).toMatch(/could not save the search index/);
    expect(ranked(index, 'korea')).toEqual(ranked(buildSearchIndex(seeds()), 'korea'));
  });
});
