// Quitting mid-analysis: unmounting the App stops the analysis run at once (issue 10, minor:
// q took 20 s on 97k records while the process waited for the analysis to finish a stage).
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import type { AnalysisOutcome, AnalysisRunner } from '../../src/ui/sources/analysis/runner';
import { initialState } from '../../src/ui/state';
import { featureCorpus } from './features/fixtures';
import { until } from './helpers';

afterEach(() => cleanup());

describe('quitting during the analysis', () => {
  it('aborts the running analysis when the App goes away', async () => {
    let signal: AbortSignal | undefined;
    const run: AnalysisRunner = (_onProgress, s) => {
      signal = s;
      return new Promise<AnalysisOutcome>(() => {});
    };
    const { unmount } = render(<App corpus={featureCorpus()} size={{ cols: 100, rows: 30 }} initial={initialState()} analyse={run} />);
    await until(() => expect(signal).toBeDefined());
    expect(signal!.aborted).toBe(false);
    unmount();
    expect(signal!.aborted).toBe(true);
  });
});
