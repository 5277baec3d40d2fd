// The real analysis for the TUI: the whole corpus, with the on-disk entity cache, saved after.
import { analyseCorpus } from '../../../analysis';
import type { Analysis } from '../../../analysis/types';
import type { Article } from '../../../corpus/types';
import { openEntityCache } from '../../../store/entityCache';

export interface AnalysisOutcome {
  analysis: Analysis;
  /** For the status line: a corrupt cache set aside, a cache that could not be written. */
  warnings: string[];
}

export type AnalysisRunner = (onProgress: (done: number, total: number) => void) => Promise<AnalysisOutcome>;

export function cachedAnalysis(articles: readonly Article[], openCache = openEntityCache): AnalysisRunner {
  return async (onProgress) => {
    const cache = openCache();
    const analysis = await analyseCorpus(articles, { cache, onProgress });
    const saveError = cache.save();
    return { analysis, warnings: [cache.warning, saveError].filter((w): w is string => w !== null) };
  };
}
