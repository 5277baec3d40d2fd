// Whole-corpus analysis: entities (per article, cacheable by text hash, then merged across the
// corpus) and quotes (which need the merged entities to name their speakers).
//
// The per-article work runs in a pool of worker threads when one is given (pool/), else here
// (inThread.ts, loaded only then) in short time slices, yielding to the event loop between them,
// so a UI keeps answering keys. The unit of work is an article, or one block of a long article
// (see blocks.ts), so no unit runs long. Blocks are analysed apart: a short name in one block ("Kim") joins a full name in another
// only through the corpus-wide merge, and a quote's pronoun ("he said") is resolved within its block.
import type { Article } from '../corpus/types';
import { analysisPlan } from './blocks';
import type { ArticleEntities } from './entities/types';
import type { ArticleQuotes } from './quotes/reuse';
import type { AnalysisPool } from './pool/pool';
import { entitiesInPool, quotesInPool, type PoolCache } from './pool/run';
import type { Analysis, Entity, LimitedArticle, Quote } from './types';

export { analysisPlan, type AnalysisLimit } from './blocks';

/** Where per-article entity results are kept between runs; keyed by the article's text hash. */
export interface EntityCache {
  /** The cached result for the text with this hash; the text lets the cache check the result's offsets. */
  get(hash: string, text: string): ArticleEntities | undefined;
  set(hash: string, value: ArticleEntities): void;
  /** Set for a cache kept on disk: pool workers then read and write it themselves, so per-article results never pass through this thread. */
  readonly pool?: PoolCache;
}

/** Where per-article quote results are kept between runs; keyed by the article's text hash (see quotes/reuse.ts). */
export interface QuoteCache {
  get(hash: string, text: string): ArticleQuotes | undefined;
  set(hash: string, value: ArticleQuotes): void;
  /** Pool workers read it, and each writes the shards it owns, themselves. */
  readonly pool?: PoolCache;
}

export type AnalysisStage = 'entities' | 'quotes';

export interface AnalyseOptions {
  cache?: EntityCache;
  quoteCache?: QuoteCache;
  /** Called now and then (at most every REPORT_MS) with the articles done in the current stage. */
  onProgress?: (done: number, total: number, stage: AnalysisStage) => void;
  /** Stops the analysis at the next yield (it then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Worker threads for the per-article work and the merge; without one, all of it runs in this thread. */
  pool?: AnalysisPool;
}

const progressOf = (opts: AnalyseOptions, total: number, stage: AnalysisStage) => (done: number) => opts.onProgress?.(done, total, stage);

/**
 * The corpus's merged entities. With a pool, `forQuotes` leaves them with every worker as they
 * arrive, for finding quotes next, and returns before the workers have written the cache: the
 * cache's `pool.settled()` waits for that.
 */
export async function analyseEntities(articles: readonly Article[], opts: AnalyseOptions = {}, forQuotes = false): Promise<Entity[]> {
  const progress = progressOf(opts, articles.length, 'entities');
  if (opts.pool) {
    if (opts.cache && !opts.cache.pool) throw new Error('analysis in a worker pool takes an on-disk entity cache or none');
    return entitiesInPool(articles, opts.pool, { cache: opts.cache?.pool, progress, signal: opts.signal, forAll: forQuotes });
  }
  const { entitiesInThread } = await import('./inThread');
  return entitiesInThread(articles, opts.cache, { progress, signal: opts.signal });
}

/** The corpus's quotes, their speakers linked among its merged entities. */
export async function analyseQuotes(articles: readonly Article[], entities: Entity[], opts: AnalyseOptions = {}): Promise<Quote[]> {
  const progress = progressOf(opts, articles.length, 'quotes');
  if (opts.pool) {
    if (opts.quoteCache && !opts.quoteCache.pool) throw new Error('analysis in a worker pool takes an on-disk quote cache or none');
    return quotesInPool(articles, entities, opts.pool, { progress, signal: opts.signal, cache: opts.quoteCache?.pool });
  }
  const { quotesInThread } = await import('./inThread');
  return quotesInThread(articles, entities, opts.quoteCache, { progress, signal: opts.signal });
}

/** The articles analysed only in part; undefined when there are none. */
export function limitedArticles(articles: readonly Article[]): LimitedArticle[] | undefined {
  const limited: LimitedArticle[] = articles.flatMap((a) => {
    const limit = analysisPlan(a).limited;
    return limit ? [{ article: a.id, ...limit }] : [];
  });
  return limited.length > 0 ? limited : undefined;
}

export async function analyseCorpus(articles: readonly Article[], opts: AnalyseOptions = {}): Promise<Analysis> {
  const entities = await analyseEntities(articles, opts, true);
  const quotes = await analyseQuotes(articles, entities, opts);
  const limited = limitedArticles(articles);
  return { entities, quotes, ...(limited ? { limited } : {}) };
}
