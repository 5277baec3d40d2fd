// Whole-corpus analysis: entities (per article, cacheable by text hash, then merged across the
// corpus) and quotes (which need the merged entities to name their speakers).
import { textHash } from '../corpus/hash';
import type { Article } from '../corpus/types';
import { extractArticleEntities, mergeEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import { extractQuotes } from './quotes';
import type { Analysis } from './types';

/** Where per-article entity results are kept between runs; keyed by the article's text hash. */
export interface EntityCache {
  get(hash: string): ArticleEntities | undefined;
  set(hash: string, value: ArticleEntities): void;
}

export interface AnalyseOptions {
  cache?: EntityCache;
  /** Called after each batch with the number of articles analysed so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Articles analysed between two yields to the event loop, so a UI stays responsive. */
const BATCH = 25;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyseCorpus(articles: readonly Article[], opts: AnalyseOptions = {}): Promise<Analysis> {
  const perArticle: { article: string; result: ArticleEntities }[] = [];
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const hash = textHash(article.text);
    let result = opts.cache?.get(hash);
    if (!result) {
      result = extractArticleEntities(article);
      opts.cache?.set(hash, result);
    }
    perArticle.push({ article: article.id, result });
    if ((i + 1) % BATCH === 0 || i + 1 === articles.length) {
      opts.onProgress?.(i + 1, articles.length);
      await yieldToEventLoop();
    }
  }
  const entities = mergeEntities(perArticle);
  const quotes = articles.flatMap((a) => extractQuotes(a, entities));
  return { entities, quotes };
}
