import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search';
import { cachedSearchIndex } from '../../src/store/searchIndexCache';
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
});
