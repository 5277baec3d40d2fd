import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search';
import { cachedSearchIndex, startCachedIndexBuild } from '../../src/store/searchIndexCache';
import { articleFromText } from '../helpers/corpus';

describe('the search index cache', () => {
  it('removes the temporary file a save killed midway left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-index-cache-'));
    const file = join(dir, 'search-index.bin');
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, `.search-index.bin.${deadPid}.${Date.now()}.tmp`), 'half an index');
    const articles = [articleFromText('Leaders met in Vladivostok.', 'a')];
    expect(cachedSearchIndex(articles, () => buildSearchIndex(articles), file).from).toBe('built');
    expect(readdirSync(dir)).toEqual(['search-index.bin']);
  });

  it('is written without blocking when built in steps: done once the write has settled, and read by the next build', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-index-cache-')), 'search-index.bin');
    const articles = [articleFromText('Leaders met in Vladivostok.', 'a'), articleFromText('Oil prices rose.', 'b')];
    const build = startCachedIndexBuild(articles, file);
    let waits = 0;
    while (!build.step(50)) {
      await new Promise((resolve) => setImmediate(resolve));
      waits++;
    }
    expect(waits).toBeLessThan(10_000);
    expect(existsSync(file)).toBe(true);
    expect([build.from, build.warning]).toEqual(['built', null]);
    const again = startCachedIndexBuild(articles, file);
    again.finish();
    expect(again.from).toBe('cache');
  });

  it('is written at once when finished at once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-index-cache-')), 'search-index.bin');
    const articles = [articleFromText('Leaders met in Vladivostok.', 'a')];
    const build = startCachedIndexBuild(articles, file);
    expect(build.finish().articles).toBe(articles);
    expect([build.from, existsSync(file)]).toEqual(['built', true]);
  });
});
