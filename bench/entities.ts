// Entity and quote extraction cost per article on the real corpora: CPU time (user + system) of the
// per-article step (tagger, grouping), which runs once per article and is cached; the corpus merge is
// timed apart; then quote extraction over the merged entities, each article parsed beforehand (its
// parse is the corpus layer's cost, not the extractor's). CPU time rather than wall time, because the
// machine is shared; the load average is printed beside it.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticleEntities, mergeEntities } from '../src/analysis/entities';
import { extractQuotes } from '../src/analysis/quotes';
import { loadCorpus } from '../src/corpus';

const CORPORA = fileURLToPath(new URL('../../shared/corpora', import.meta.url));

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

export async function benchEntities(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // The model is decoded on first use: not part of any article's cost.
  extractArticleEntities({ text: 'Warm-up by Reuters in London.' } as Parameters<typeof extractArticleEntities>[0]);
  for (const [name, rel] of [['bbc', 'bbc'], ['reuters', 'reuters-21578.jsonl']] as const) {
    const path = join(CORPORA, rel);
    if (!existsSync(path)) {
      console.log(`entities ${name}: skipped (no ${path})`);
      continue;
    }
    const articles = loadCorpus([path]).articles;
    const t = process.cpuUsage();
    const results = articles.map((a) => ({ article: a.id, result: extractArticleEntities(a) }));
    const perArticle = cpuMs(t) / articles.length;
    const m = process.cpuUsage();
    const entities = mergeEntities(results);
    const merge = cpuMs(m);
    for (const a of articles) void [a.paragraphs, a.sentences];
    const q = process.cpuUsage();
    let quotes = 0;
    for (const a of articles) quotes += extractQuotes(a, entities).length;
    const quotesPerArticle = cpuMs(q) / articles.length;
    out[`entities.cpu_ms_per_article_${name}`] = perArticle;
    out[`entities.merge_cpu_ms_${name}`] = merge;
    out[`quotes.cpu_ms_per_article_${name}`] = quotesPerArticle;
    console.log(
      `entities ${name} (${articles.length} articles, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs): ` +
        `${perArticle.toFixed(2)} ms CPU an article, merge ${merge.toFixed(0)} ms CPU (${entities.length} entities); ` +
        `quotes ${quotesPerArticle.toFixed(2)} ms CPU an article (${quotes} quotes)`,
    );
  }
  return out;
}
