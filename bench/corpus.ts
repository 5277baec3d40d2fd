// Loading and analysis costs on the real corpora: what a user waits for when opening them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../src/analysis';
import { loadCorpus } from '../src/corpus';
import { openEntityCache } from '../src/store/entityCache';
import { median } from './stats';

const CORPORA = fileURLToPath(new URL('../../shared/corpora', import.meta.url));

function timeLoad(path: string, runs: number): { ms: number; articles: number } {
  const times: number[] = [];
  let articles = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    articles = loadCorpus([path]).articles.length;
    times.push(performance.now() - t);
  }
  return { ms: median(times), articles };
}

export async function benchCorpus(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, rel] of [['bbc', 'bbc'], ['reuters', 'reuters-21578.jsonl']] as const) {
    const { ms, articles } = timeLoad(join(CORPORA, rel), 3);
    out[`corpus.load_ms_${name}`] = ms;
    out[`corpus.articles_${name}`] = articles;
    console.log(`load + parse ${name}: ${articles} articles in ${ms.toFixed(0)} ms (median of 3)`);
  }

  // Cold: an empty cache; warm: the cache the cold run wrote, as on a second start.
  const dir = mkdtempSync(join(tmpdir(), 'rknews-bench-'));
  try {
    const corpus = loadCorpus([join(CORPORA, 'bbc')]);
    for (const phase of ['cold', 'warm'] as const) {
      const t = performance.now();
      const cache = openEntityCache(join(dir, 'entities.json'));
      const analysis = await analyseCorpus(corpus.articles, { cache });
      cache.save();
      const ms = performance.now() - t;
      out[`analysis.${phase}_ms_bbc`] = ms;
      console.log(`analysis of bbc, ${phase} cache: ${ms.toFixed(0)} ms (${analysis.entities.length} entities, ${analysis.quotes.length} quotes)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
