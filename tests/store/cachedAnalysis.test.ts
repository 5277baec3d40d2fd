import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseWithCache } from '../../src/store/cachedAnalysis';
import { openEntityCache } from '../../src/store/entityCache';
import { featureCorpus } from '../ui/features/fixtures';

describe('analysis with the on-disk entity cache', () => {
  it('reports progress, saves the entity cache after, and reuses it next time', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-runner-')), 'entities.json');
    const corpus = featureCorpus();
    const progress: string[] = [];
    const first = await analyseWithCache(corpus.articles, (d, t, stage) => progress.push(`${stage} ${d}/${t}`), () => openEntityCache(file));
    // Entities first, then quotes, each to the end.
    expect(progress.filter((p) => p.startsWith('entities')).at(-1)).toBe('entities 3/3');
    expect(progress.at(-1)).toBe('quotes 3/3');
    expect(progress.findIndex((p) => p.startsWith('quotes'))).toBeGreaterThan(progress.indexOf('entities 3/3'));
    expect(first.warnings).toEqual([]);
    expect(first.analysis.entities.length).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);
    let reopened = openEntityCache(file);
    const second = await analyseWithCache(corpus.articles, undefined, () => (reopened = openEntityCache(file)));
    expect(reopened.added).toBe(0);
    expect(second.analysis.entities.map((e) => e.id)).toEqual(first.analysis.entities.map((e) => e.id));
  });

  it('passes on the warning about a corrupt cache, which is set aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-runner-'));
    const file = join(dir, 'entities.json');
    writeFileSync(file, '{ not json');
    const out = await analyseWithCache(featureCorpus().articles, undefined, () => openEntityCache(file));
    expect(out.warnings.join(' ')).toContain('the analysis cache was unreadable');
    expect(readdirSync(dir).length).toBe(2);
  });
});
