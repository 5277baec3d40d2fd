import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedAnalysis } from '../../../../src/ui/features/analysis/runner';
import { openEntityCache } from '../../../../src/store/entityCache';
import { featureCorpus } from '../fixtures';

describe('the TUI analysis runner', () => {
  it('reports progress, saves the entity cache after, and reuses it next time', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-runner-')), 'entities.json');
    const corpus = featureCorpus();
    const progress: [number, number][] = [];
    const first = await cachedAnalysis(corpus.articles, () => openEntityCache(file))((d, t) => progress.push([d, t]));
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(first.warnings).toEqual([]);
    expect(first.analysis.entities.length).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);
    let reopened = openEntityCache(file);
    const second = await cachedAnalysis(corpus.articles, () => (reopened = openEntityCache(file)))(() => {});
    expect(reopened.added).toBe(0);
    expect(second.analysis.entities.map((e) => e.id)).toEqual(first.analysis.entities.map((e) => e.id));
  });

  it('passes on the warning about a corrupt cache, which is set aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-runner-'));
    const file = join(dir, 'entities.json');
    writeFileSync(file, '{ not json');
    const out = await cachedAnalysis(featureCorpus().articles, () => openEntityCache(file))(() => {});
    expect(out.warnings.join(' ')).toContain('the analysis cache was unreadable');
    expect(readdirSync(dir).length).toBe(2);
  });
});
