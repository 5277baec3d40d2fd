// Starts the corpus analysis once, after the first frame is on screen, and feeds its progress
// and result to the reducer as actions. Analysis yields between batches, so keys keep working.
import { useEffect, useRef } from 'react';
import type { Corpus } from '../corpus/types';
import { runInSlices } from '../analysis/slices';
import { analysisDataSteps } from './sources/analysis/data';
import type { AnalysisRunner } from './sources/analysis/runner';
import type { AnalysisAction } from './sources/analysis/state';

export function useAnalysis(
  corpus: Corpus,
  run: AnalysisRunner | undefined,
  dispatch: (action: AnalysisAction) => void,
  warn: (message: string) => void,
): void {
  // The callbacks may change between renders; the run must not restart because of it.
  const sinks = useRef({ dispatch, warn });
  sinks.current = { dispatch, warn };
  useEffect(() => {
    if (!run) return;
    let live = true;
    // Quitting must not wait for the analysis to finish: unmounting stops it.
    const stop = new AbortController();
    // A timer, not a microtask: Ink writes the first frame before the first batch starts.
    const timer = setTimeout(() => {
      run((done, total, stage) => {
        if (live) sinks.current.dispatch({ type: 'analysisProgress', done, total, stage });
      }, stop.signal)
        .then(async ({ analysis, warnings }) => {
          if (!live) return;
          // In time slices: built at once, it froze the screen for about a second on Reuters.
          const data = await runInSlices(analysisDataSteps(corpus.articles, analysis), stop.signal);
          if (!live) return;
          sinks.current.dispatch({ type: 'analysisReady', data });
          if (warnings.length > 0) sinks.current.warn(warnings.join('; '));
        })
        .catch((error: unknown) => {
          if (live) sinks.current.dispatch({ type: 'analysisFailed', reason: error instanceof Error ? error.message : String(error) });
        });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
      stop.abort();
    };
  }, [corpus, run]);
}
