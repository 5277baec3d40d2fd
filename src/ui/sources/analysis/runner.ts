// The real analysis for the TUI: the whole corpus, with the on-disk entity cache, saved after.
import type { AnalysisStage } from '../../../analysis';
import type { Article } from '../../../corpus/types';
import { analyseWithCache, type CachedAnalysis } from '../../../store/cachedAnalysis';
import { openEntityCache, type DiskEntityCache } from '../../../store/entityCache';

export type { AnalysisStage };
/** What the reader uses of an analysis run (its stats are for the CLI's debug line). */
export type AnalysisOutcome = Pick<CachedAnalysis, 'analysis' | 'warnings'>;
export type ProgressReport = (done: number, total: number, stage: AnalysisStage) => void;
/** Runs the analysis; aborting the signal stops it at its next yield (the promise then rejects). */
export type AnalysisRunner = (onProgress: ProgressReport, signal?: AbortSignal) => Promise<AnalysisOutcome>;

export function cachedAnalysis(articles: readonly Article[], openCache: () => DiskEntityCache = openEntityCache): AnalysisRunner {
  return (onProgress, signal) => analyseWithCache(articles, onProgress, openCache, signal);
}
