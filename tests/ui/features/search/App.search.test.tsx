import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/ui/App';
import type { UiState } from '../../../../src/ui/state';
import { initialState } from '../../../../src/ui/state';
import { sampleCorpus } from '../../fixtures';
import { until as pollUntil } from '../../helpers';

// The index is built in time slices from the first frame on: allow it 3 s.
const until = (check: () => void) => pollUntil(check, 3000);

afterEach(() => cleanup());

describe('search in the App (ink-testing-library, 100x30)', () => {
  const size = { cols: 100, rows: 30 };

  it('builds the index in the background, shows results as the query is typed, and q is typed, not quit', async () => {
    const states: UiState[] = [];
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus()} size={size} initial={initialState()} onState={(s) => states.push(s)} />);
    stdin.write('/');
    await until(() => expect(lastFrame()).toContain('type to search'));
    stdin.write('rocket q');
    await until(() => expect(lastFrame()).toContain('/ rocket q'));
    expect(states.at(-1)!.quit).toBe(false);
    stdin.write('\x7f\x7f');
    await until(() => expect(lastFrame()).toMatch(/\d+ articles?, best first/));
    expect(lastFrame()).toContain('Rocket');
    stdin.write('\r');
    await until(() => expect(states.at(-1)).toMatchObject({ view: 'browse', focus: 'reader' }));
    expect(states.at(-1)!.search.history).toEqual(['rocket']);
  });

  it('n and N in an article opened from the results say which hit is shown: "hit 2 of 5"', async () => {
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus()} size={size} initial={initialState()} />);
    stdin.write('/');
    await until(() => expect(lastFrame()).toContain('type to search'));
    stdin.write('paragraph');
    await until(() => expect(lastFrame()).toMatch(/\d+ articles?, best first/));
    stdin.write('\r');
    await until(() => expect(lastFrame()).toMatch(/hit \d+ of \d+/));
    const [, first, total] = lastFrame()!.match(/hit (\d+) of (\d+)/)!.map(Number);
    expect(total).toBeGreaterThan(1);
    const next = (first % total) + 1;
    stdin.write('n');
    await until(() => expect(lastFrame()).toContain(`hit ${next} of ${total}`));
    stdin.write('N');
    await until(() => expect(lastFrame()).toContain(`hit ${first} of ${total}`));
  });

  it('c from the reader shows the comparison once the alignment context is built', async () => {
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus({ articles: 6 })} size={size} initial={initialState({ open: 0, focus: 'reader' })} />);
    stdin.write('c');
    await until(() => expect(lastFrame()).toMatch(/\d+ same · \d+ overlap/));
    expect(lastFrame()).toContain('active');
  });
});
