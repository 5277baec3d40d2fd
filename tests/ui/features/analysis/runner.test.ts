import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../../src/analysis';
import { loadCorpus } from '../../../../src/corpus';
import { cachedAnalysis } from '../../../../src/ui/features/analysis/runner';
import { openEntityCache } from '../../../../src/store/entityCache';
import { featureCorpus } from '../fixtures';

const SEEDS = fileURLToPath(new URL('../../../../seeds', import.meta.url));

describe('the TUI analysis runner', () => {
  it('finds what analyseCorpus finds', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-runner-')), 'entities.json');
    const articles = loadCorpus([SEEDS]).articles;
    const sliced = await cachedAnalysis(articles, () => openEntityCache(file))(() => {});
    expect(sliced.analysis).toEqual(await analyseCorpus(articles));
  });

  it('reports progress, saves the entity cache after, and reuses it next time', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-runner-')), 'entities.json');
    const corpus = featureCorpus();
    const progress: string[] = [];
    const first = await cachedAnalysis(corpus.articles, () => openEntityCache(file))((d, t, stage) => progress.push(`${stage} ${d}/${t}`));
    // Entities first, then quotes, each to the end.
    expect(progress.filter((p) => p.startsWith('entities')).at(-1)).toBe('entities 3/3');
    expect(progress.at(-1)).toBe('quotes 3/3');
    expect(progress.findIndex((p) => p.startsWith('quotes'))).toBeGreaterThan(progress.indexOf('entities 3/3'));
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
