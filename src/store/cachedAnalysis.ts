// Corpus analysis with the on-disk entity cache: opened, used, saved, its troubles reported.
import { analyseCorpus, type AnalyseOptions } from '../analysis';
import type { Analysis } from '../analysis/types';
import type { Article } from '../corpus/types';
import { openEntityCache, type DiskEntityCache } from './entityCache';

export interface CachedAnalysis {
  analysis: Analysis;
  /** For the user: a corrupt cache set aside, a cache that could not be written. */
  warnings: string[];
}

export async function analyseWithCache(
  articles: readonly Article[],
  onProgress?: AnalyseOptions['onProgress'],
  openCache: () => DiskEntityCache = openEntityCache,
  signal?: AbortSignal,
): Promise<CachedAnalysis> {
  const cache = openCache();
  // Stopped (the user quit), it rejects at once: the cache is not saved, which could take seconds.
  const analysis = await analyseCorpus(articles, { cache, onProgress, signal });
  const saveError = cache.save();
  return { analysis, warnings: [cache.warning, saveError].filter((w): w is string => w !== null) };
}
