// The App with the analysis features: analysis starts after the first frame and reports
// progress; the speaker picker (ink-select-input) narrows the Quotes view; y copies.
import { cleanup, render } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import type { AnalysisOutcome, AnalysisRunner } from '../../../src/ui/sources/analysis/runner';
import { initialState } from '../../../src/ui/state';
import { featureAnalysis, featureCorpus } from './fixtures';
import { press, until } from '../helpers';

afterEach(() => cleanup());

/** Writes one key and returns once React has rendered it and run the effects that follow. */
async function keyInAct(stdin: { write: (s: string) => void }, key: string): Promise<void> {
  // Said only for this key: updates outside act (analysis finishing) would otherwise be warned about.
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  env.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => {
      stdin.write(key);
    });
  } finally {
    delete env.IS_REACT_ACT_ENVIRONMENT;
  }
}

/** A runner the test finishes by hand, after reporting some progress. */
function manualRunner(warnings: string[] = []) {
  const corpus = featureCorpus();
  let finish: () => void = () => {};
  let started = false;
  const run: AnalysisRunner = (onProgress) => {
    started = true;
    onProgress(1, 3, 'entities');
    return new Promise<AnalysisOutcome>((resolve) => {
      finish = () => resolve({ analysis: featureAnalysis(corpus), warnings });
    });
  };
  return { corpus, run, finish: () => finish(), started: () => started };
}

const size = { cols: 100, rows: 30 };

describe('App with the analysis (ink-testing-library, 100x30)', () => {
  it('draws the first frame before analysing, shows progress in the title bar, then the result and any warning', async () => {
    const m = manualRunner(['the analysis cache was unreadable (bad JSON); set aside as x.corrupt']);
    const { lastFrame } = render(<App corpus={m.corpus} size={size} initial={initialState()} analyse={m.run} />);
    expect(m.started()).toBe(false);
    expect(lastFrame()).toContain('Mayor Ada Brook');
    await until(() => expect(lastFrame()!.split('\n')[0]).toContain('analysing 1/3'));
    m.finish();
    await until(() => expect(lastFrame()!.split('\n')[0]).not.toContain('analysing'));
    expect(lastFrame()!.split('\n').at(-1)).toContain('the analysis cache was unreadable');
  });

  it('chooses a speaker with the picker, and copies the chosen quote with y', async () => {
    const m = manualRunner();
    const copied: string[] = [];
    const { stdin, lastFrame } = render(
      <App corpus={m.corpus} size={size} initial={initialState()} analyse={m.run} copyToClipboard={(t) => copied.push(t)} />,
    );
    await until(() => expect(m.started()).toBe(true));
    m.finish();
    await until(() => expect(lastFrame()!.split('\n')[0]).not.toContain('analysing'));
    await press(stdin, 'Q');
    await until(() => expect(lastFrame()).toContain('3 quotes · all speakers'));
    // Inside act, React commits and runs every effect before the key returns, so the picker
    // listens before the next key arrives and reads its highlight from the render the key made:
    // exactly one ↓ moves it one row, however loaded the machine.
    await keyInAct(stdin, 's');
    expect(lastFrame()).toContain('Choose a speaker');
    expect(lastFrame()).toContain('All speakers (3)');
    expect(lastFrame()).toContain('Ada Brook (2)');
    await keyInAct(stdin, '\u001b[B');
    expect(lastFrame()).toMatch(/❯ +Ada Brook/);
    await press(stdin, '\r');
    await until(() => expect(lastFrame()).toContain('2 of 3 quotes · Ada Brook'));
    expect(lastFrame()).not.toContain('Choose a speaker');
    // The Enter that chose the speaker did not also open a quote.
    expect(lastFrame()).toContain('/ to filter');
    await press(stdin, 'j', 'y');
    await until(() => expect(lastFrame()!.split('\n').at(-1)).toContain('copied quote to clipboard'));
    expect(copied).toEqual(['“traffic will ease within a month” — Ada Brook, “Mayor Ada Brook opens the harbour bridge”, Harbour Times, 2024-05-02']);
  });

  it('filters the quotes as you type, after the typed key is shown', async () => {
    const m = manualRunner();
    const { stdin, lastFrame } = render(<App corpus={m.corpus} size={size} initial={initialState()} analyse={m.run} />);
    await until(() => expect(m.started()).toBe(true));
    m.finish();
    await until(() => expect(lastFrame()!.split('\n')[0]).not.toContain('analysing'));
    await press(stdin, 'Q', '/', 'e', 'x', 'p', 'e', 'c', 't');
    // The filter runs after the key is drawn, so '1 of 3' may first show beside '/ expec'.
    await until(() => {
      expect(lastFrame()).toContain('/ expect▏');
      expect(lastFrame()).toContain('1 of 3 quotes');
    });
    expect(lastFrame()).toContain('“We expected this,” — unattributed');
  });

  it('Esc closes the picker and keeps the speaker', async () => {
    const m = manualRunner();
    const { stdin, lastFrame } = render(<App corpus={m.corpus} size={size} initial={initialState()} analyse={m.run} />);
    await until(() => expect(m.started()).toBe(true));
    m.finish();
    await until(() => expect(lastFrame()!.split('\n')[0]).not.toContain('analysing'));
    await press(stdin, 'Q', 's');
    await until(() => expect(lastFrame()).toContain('Choose a speaker'));
    await press(stdin, '\u001b');
    await until(() => expect(lastFrame()).not.toContain('Choose a speaker'));
    expect(lastFrame()).toContain('3 quotes · all speakers');
  });
});
