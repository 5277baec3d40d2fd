// Corpus analysis with its caches: the corpus-level results read when the corpus is unchanged;
// otherwise the per-article entity and quote caches used and saved as the analysis goes (so a run
// stopped or killed half-way keeps what it did), the work done on the worker pool when there is
// one, and the corpus-level results saved after. The caches' troubles come back as warnings.
import { analyseEntities, analyseQuotes, limitedArticles, type AnalyseOptions } from '../analysis';
import { builtWorker, openPool, poolSize, type AnalysisPool } from '../analysis/pool/pool';
import { runInSlices, yieldToEventLoop } from '../analysis/slices';
import type { Analysis, Entity, Quote } from '../analysis/types';
import type { Article } from '../corpus/types';
import { printable } from '../corpus/sanitize';
import { corpusCacheBeside, corpusKeySteps, openCorpusCache, type CorpusCache } from './corpusCache';
import { openEntityCache, type DiskEntityCache } from './entityCache';
import { openQuoteCache, quoteCacheBeside, type DiskQuoteCache } from './quoteCache';
import type { ShardedCache } from './shardedCache';

export interface AnalysisStats {
  /** Articles whose entities were extracted in this run. */
  analysed: number;
  /** Articles whose entities came from the per-article cache. */
  fromCache: number;
  /** Articles whose quotes were found in this run. */
  quotesFound: number;
  /** Articles whose quotes came from the per-article quote cache. */
  quotesFromCache: number;
  /** Articles without a double quotation mark, which hold no quotes: neither found nor cached. */
  quotesWithoutMarks: number;
  /** The corpus-level products read from their cache. */
  corpusHits: ('entities' | 'quotes')[];
  /** Worker threads used; 0 when the analysis ran in this thread. */
  workers: number;
}

export interface CachedAnalysis {
  analysis: Analysis;
  /** For the user: a corrupt cache set aside, a cache that could not be written. */
  warnings: string[];
  stats: AnalysisStats;
}

export interface CachedAnalysisOptions {
  /** Only the merged entities (quotes are then []): what `entities` and `stories` print. */
  only?: 'entities';
  /** Where corpus-level results are kept; null for none (two articles compared are no corpus worth keeping). */
  openCorpus?: ((articles: readonly Article[]) => CorpusCache) | null;
  /** RKNEWS_WORKERS and the like; the pool's size comes from it. */
  env?: NodeJS.ProcessEnv;
}

const none = () => Promise.resolve(null);
const noCorpusCache: CorpusCache = { key: '', entities: none, quotes: none, stories: none, save: none, warnings: [] };

/** Below this many articles the workers' start-up (each loads the analyser) costs more than it saves. */
const POOL_MIN_ARTICLES = 64;
/** While analysis runs, new cache entries are written this often, each time for at most FLUSH_BUDGET_MS. */
const FLUSH_EVERY_MS = 1_000;
const FLUSH_BUDGET_MS = 15;

/** The worker pool for this analysis, or none (analysis then runs in this thread), with a warning about a bad RKNEWS_WORKERS. */
function startPool(articles: readonly Article[], env: NodeJS.ProcessEnv, signal?: AbortSignal): { pool?: AnalysisPool; warning?: string } {
  const size = poolSize(env);
  if (size === null) return { warning: `RKNEWS_WORKERS takes a whole number of worker threads (0 for none), not '${printable(env.RKNEWS_WORKERS ?? '')}'; analysing in one thread` };
  const script = builtWorker();
  const forced = env.RKNEWS_WORKERS !== undefined && env.RKNEWS_WORKERS !== '';
  if (size === 0 || !script || (!forced && articles.length < POOL_MIN_ARTICLES)) return {};
  return { pool: openPool(size, script, signal) };
}

/** Writes the cache's new entries a bounded step at a time, so a UI thread is never held up by it. */
async function saveInSteps<T>(cache: ShardedCache<T>): Promise<string | null> {
  while (cache.added > 0) {
    const error = cache.saveSome(FLUSH_BUDGET_MS);
    if (error) return error;
    await yieldToEventLoop();
  }
  return null;
}

/**
 * The corpus's entities with the per-article cache, which is saved as it goes (a run stopped or
 * killed half-way keeps what it did) and after. A function of its own so that nothing of the
 * analysis holds the cache (every article's entities) through the quotes stage.
 */
async function entitiesWithCache(articles: readonly Article[], cache: DiskEntityCache, analyse: AnalyseOptions, forQuotes: boolean, stats: AnalysisStats, warnings: string[]): Promise<Entity[]> {
  const entities = await savedAsItGoes(cache, () => analyseEntities(articles, { ...analyse, cache }, forQuotes), warnings);
  ({ hits: stats.fromCache, computed: stats.analysed } = cache.stats);
  return entities;
}

/** The corpus's quotes with the per-article quote cache, saved as it goes and after. */
async function quotesWithCache(articles: readonly Article[], entities: Entity[], cache: DiskQuoteCache, analyse: AnalyseOptions, stats: AnalysisStats, warnings: string[]): Promise<Quote[]> {
  const quotes = await savedAsItGoes(cache, () => analyseQuotes(articles, entities, { ...analyse, quoteCache: cache }), warnings);
  ({ computed: stats.quotesFound, hits: stats.quotesFromCache } = cache.stats);
  stats.quotesWithoutMarks = articles.length - stats.quotesFound - stats.quotesFromCache;
  return quotes;
}

/**
 * Runs `analyse` while `cache` is written a bounded step now and then (a run stopped or killed
 * half-way keeps what it did), then writes the rest; the cache's troubles go to `warnings`.
 */
async function savedAsItGoes<T, R>(cache: ShardedCache<T>, analyse: () => Promise<R>, warnings: string[]): Promise<R> {
  const flush = setInterval(() => cache.saveSome(FLUSH_BUDGET_MS), FLUSH_EVERY_MS);
  let result: R;
  try {
    result = await analyse();
  } finally {
    clearInterval(flush);
  }
  const saveError = await saveInSteps(cache);
  warnings.push(...[cache.warning, saveError].filter((w): w is string => w !== null));
  return result;
}

export async function analyseWithCache(
  articles: readonly Article[],
  onProgress?: AnalyseOptions['onProgress'],
  openCache: () => DiskEntityCache = openEntityCache,
  signal?: AbortSignal,
  opts: CachedAnalysisOptions = {},
): Promise<CachedAnalysis> {
  const env = opts.env ?? process.env;
  const cache = openCache();
  const corpus = opts.openCorpus === null ? noCorpusCache : opts.openCorpus ? opts.openCorpus(articles) : openCorpusCache(articles, corpusCacheBeside(cache.dir), await runInSlices(corpusKeySteps(articles), signal));
  const warnings: string[] = [];
  const stats: AnalysisStats = { analysed: 0, fromCache: 0, quotesFound: 0, quotesFromCache: 0, quotesWithoutMarks: 0, corpusHits: [], workers: 0 };
  const needQuotes = opts.only !== 'entities';
  let entities: Entity[] | null = await corpus.entities();
  let quotes: Quote[] | null = needQuotes ? await corpus.quotes() : [];
  if (entities) stats.corpusHits.push('entities');
  if (quotes && needQuotes) stats.corpusHits.push('quotes');
  if (entities) onProgress?.(articles.length, articles.length, 'entities');

  const { pool, warning } = entities && quotes ? {} : startPool(articles, env, signal);
  if (warning) warnings.push(warning);
  stats.workers = pool?.size ?? 0;
  const analyse: AnalyseOptions = { onProgress, signal, pool };
  // Written while the quotes are found: this thread's slices of writing held up the workers' start on them.
  let entitiesSaved: Promise<string | null> = Promise.resolve(null);
  try {
    if (!entities) {
      entities = await entitiesWithCache(articles, cache, analyse, needQuotes && !quotes, stats, warnings);
      entitiesSaved = corpus.save('entities', entities);
    }
    if (!quotes) {
      quotes = await quotesWithCache(articles, entities, openQuoteCache(quoteCacheBeside(cache.dir)), analyse, stats, warnings);
      const saveError = await corpus.save('quotes', quotes);
      if (saveError) warnings.push(saveError);
    } else if (needQuotes) onProgress?.(articles.length, articles.length, 'quotes');
    const saveError = await entitiesSaved;
    if (saveError) warnings.push(saveError);
    // The workers may still have been writing the entity cache while they found quotes.
    warnings.push(...(await cache.pool.settled()));
  } finally {
    // Awaited: the workers' heaps (hundreds of MB on Reuters) are gone once the analysis is.
    await pool?.close();
  }
  const limited = limitedArticles(articles);
  return { analysis: { entities, quotes, ...(limited ? { limited } : {}) }, warnings: [...corpus.warnings, ...warnings], stats };
}
