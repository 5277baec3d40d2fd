import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import { analyseWithCache } from '../../src/store/cachedAnalysis';
import { corpusCacheBeside, corpusKey, corpusKeySteps } from '../../src/store/corpusCache';
import { openEntityCache } from '../../src/store/entityCache';
import { featureCorpus } from '../ui/features/fixtures';
import { articleFromText } from '../helpers/corpus';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'rknews-runner-')), 'entities');

describe('analysis with the on-disk caches', () => {
  it('reports progress, saves the caches after, and reuses them next time', async () => {
    const dir = freshDir();
    const corpus = featureCorpus();
    const progress: string[] = [];
    const first = await analyseWithCache(corpus.articles, (d, t, stage) => progress.push(`${stage} ${d}/${t}`), () => openEntityCache(dir));
    // Entities first, then quotes, each to the end.
    expect(progress.filter((p) => p.startsWith('entities')).at(-1)).toBe('entities 3/3');
    expect(progress.at(-1)).toBe('quotes 3/3');
    expect(progress.findIndex((p) => p.startsWith('quotes'))).toBeGreaterThan(progress.indexOf('entities 3/3'));
    expect(first.warnings).toEqual([]);
    expect(first.analysis.entities.length).toBeGreaterThan(0);
    // From source (tests) there is no built worker beside the module: the analysis ran in this thread.
    // One of the three has no quotation marks: it has no quotes to find.
    expect(first.stats).toEqual({ analysed: 3, fromCache: 0, quotesFound: 2, quotesFromCache: 0, quotesWithoutMarks: 1, corpusHits: [], workers: 0 });
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(corpusCacheBeside(dir)).sort()).toEqual([`${corpusKey(corpus.articles)}.entities.jsonl`, `${corpusKey(corpus.articles)}.quotes.jsonl`]);

    const second = await analyseWithCache(corpus.articles, undefined, () => openEntityCache(dir));
    expect(second.stats).toEqual({ analysed: 0, fromCache: 0, quotesFound: 0, quotesFromCache: 0, quotesWithoutMarks: 0, corpusHits: ['entities', 'quotes'], workers: 0 });
    expect(second.analysis).toEqual(first.analysis);
  });

  it('uses the per-article caches when the corpus changed: adding an article analyses that one, its quotes included', async () => {
    const dir = freshDir();
    const { articles } = featureCorpus();
    await analyseWithCache(articles, undefined, () => openEntityCache(dir));
    const more = [...articles, articleFromText('Late news\n\n"We will wait," said Minister Ola Nord in Bergen.', 'late')];
    const out = await analyseWithCache(more, undefined, () => openEntityCache(dir));
    expect(out.stats).toMatchObject({ analysed: 1, fromCache: 3, quotesFound: 1, quotesFromCache: 2, quotesWithoutMarks: 1, corpusHits: [] });
    expect(out.analysis.quotes.some((q) => q.article === 'late')).toBe(true);
    expect(out.analysis).toEqual(await analyseCorpus(more));
  });

  it('finds no quotes when only entities are asked for, and keeps the entities for a later run that wants both', async () => {
    const dir = freshDir();
    const { articles } = featureCorpus();
    const entitiesOnly = await analyseWithCache(articles, undefined, () => openEntityCache(dir), undefined, { only: 'entities' });
    expect(entitiesOnly.analysis.quotes).toEqual([]);
    const both = await analyseWithCache(articles, undefined, () => openEntityCache(dir));
    expect(both.stats.corpusHits).toEqual(['entities']);
    expect(both.analysis).toEqual(await analyseCorpus(articles));
  });

  /** The entity file's lines with `change` applied to the first entity's (line 1; line 0 is the header). */
  const firstEntity = (change: (entity: { mentions: number[] }) => void) => (lines: string[]) => {
    const entity = JSON.parse(lines[1]) as { mentions: number[] };
    change(entity);
    return [lines[0], JSON.stringify(entity), ...lines.slice(2)].join('\n');
  };
  for (const [label, damage, warning] of [
    ['not JSON', () => '{ not json', /the entities cache was unreadable \(.*\); set aside as .*corrupt-/],
    ['short of a line', (lines: string[]) => lines.slice(0, -1).join('\n'), /the entities cache was unreadable \(\d+ items where the header says \d+\)/],
    ['an entity of the wrong shape', (lines: string[]) => [lines[0], '{"id":5}', ...lines.slice(2)].join('\n'), /the entities cache was unreadable \(unexpected structure/],
    ['a mention past its article', firstEntity((e) => e.mentions.push(0, 5, 1e9)), /the entities cache did not fit the corpus/],
    ['a mention in an article that is not there', firstEntity((e) => e.mentions.push(99, 0, 1)), /the entities cache did not fit the corpus/],
  ] as const) {
    it(`recomputes corpus entities that are ${label}, with a warning`, async () => {
      const dir = freshDir();
      const { articles } = featureCorpus();
      const first = await analyseWithCache(articles, undefined, () => openEntityCache(dir));
      const file = join(corpusCacheBeside(dir), `${corpusKey(articles)}.entities.jsonl`);
      writeFileSync(file, damage(readFileSync(file, 'utf8').split('\n')));
      const again = await analyseWithCache(articles, undefined, () => openEntityCache(dir));
      expect(again.warnings.join(' ')).toMatch(warning);
      expect(again.stats.corpusHits).toEqual(['quotes']);
      expect(again.analysis).toEqual(first.analysis);
      // Recomputed and saved again: the next run reads it.
      expect((await analyseWithCache(articles, undefined, () => openEntityCache(dir))).stats.corpusHits).toEqual(['entities', 'quotes']);
    });
  }

  it('passes on the warning about a corrupt cache shard, which is set aside', async () => {
    const dir = freshDir();
    const { articles } = featureCorpus();
    await analyseWithCache(articles, undefined, () => openEntityCache(dir));
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{ not json');
    const out = await analyseWithCache(articles, undefined, () => openEntityCache(dir), undefined, { openCorpus: null });
    expect(out.warnings.join(' ')).toContain('the analysis cache was unreadable');
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('says so when RKNEWS_WORKERS is not a number, and analyses in this thread', async () => {
    const out = await analyseWithCache(featureCorpus().articles, undefined, () => openEntityCache(freshDir()), undefined, { env: { RKNEWS_WORKERS: 'many\x1b[2J' } });
    expect(out.warnings).toEqual(["RKNEWS_WORKERS takes a whole number of worker threads (0 for none), not 'many\\x1b[2J'; analysing in one thread"]);
    expect(out.stats.workers).toBe(0);
  });
});

describe("the corpus's fingerprint", () => {
  it('is computed a step per article (the reader hashes 19,000 articles in time slices), to the same key', () => {
    const articles = featureCorpus().articles;
    const steps = corpusKeySteps(articles);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(articles.length);
    expect(step.value).toBe(corpusKey(articles));
  });
});
