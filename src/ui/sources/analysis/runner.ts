// The real analysis for the TUI: the whole corpus, with the on-disk entity cache, saved after.
import type { AnalysisStage } from '../../../analysis';
import type { Article } from '../../../corpus/types';
import type { CachedAnalysis } from '../../../store/cachedAnalysis';
import type { DiskEntityCache } from '../../../store/entityCache';

export type { AnalysisStage };
/** What the reader uses of an analysis run (its stats are for the CLI's debug line). */
export type AnalysisOutcome = Pick<CachedAnalysis, 'analysis' | 'warnings'>;
export type ProgressReport = (done: number, total: number, stage: AnalysisStage) => void;
/** Runs the analysis; aborting the signal stops it at its next yield (the promise then rejects). */
export type AnalysisRunner = (onProgress: ProgressReport, signal?: AbortSignal) => Promise<AnalysisOutcome>;

/**
 * The analysis code (with its tagger model, most of the program's size) is loaded when the run
 * starts, after the first frame, not with the reader: the first frame does not wait for it.
 */
export function cachedAnalysis(articles: readonly Article[], openCache?: () => DiskEntityCache): AnalysisRunner {
  return async (onProgress, signal) => {
    const [{ analyseWithCache }, { openEntityCache }] = await Promise.all([import('../../../store/cachedAnalysis'), import('../../../store/entityCache')]);
    return analyseWithCache(articles, onProgress, openCache ?? openEntityCache, signal);
  };
}
