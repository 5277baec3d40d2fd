import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import type { UiState } from '../../src/ui/state';
import { initialState } from '../../src/ui/state';
import { sampleCorpus } from './fixtures';
import { press, until } from './helpers';

afterEach(() => cleanup());

describe('App (ink-testing-library, 100x30)', () => {
  const size = { cols: 100, rows: 30 };

  it('draws the title bar, the list and the status line within the size', () => {
    const { lastFrame } = render(<App corpus={sampleCorpus()} size={size} initial={initialState()} />);
    const lines = lastFrame()!.split('\n');
    expect(lines.length).toBeLessThanOrEqual(29);
    expect(lines[0]).toContain('rknews · fixture');
    expect(lastFrame()).toContain('Leaders meet at a remote');
    expect(lines.at(-1)).toContain('Enter open');
  });

  it('opens an article with Enter, scrolls with j, and reports state changes', async () => {
    const states: UiState[] = [];
    const { stdin, lastFrame } = render(
      <App corpus={sampleCorpus()} size={size} initial={initialState()} onState={(s) => states.push(s)} />,
    );
    await press(stdin, '\r');
    await until(() => expect(lastFrame()).toContain('Two leaders shake hands'));
    expect(lastFrame()).toMatch(/1–\d+ of \d+/);
    await press(stdin, 'j', 'j');
    await until(() => expect(lastFrame()).toMatch(/3–\d+ of \d+/));
    await until(() => expect(states.at(-1)).toMatchObject({ open: 0, readerTop: 2 }));
    expect(states.at(-1)!.read.has(0)).toBe(true);
  });

  it('handles keys that arrive together in one read', async () => {
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus()} size={size} initial={initialState()} />);
    await press(stdin, 'jj\r');
    await until(() => expect(lastFrame()).toContain("宇宙基地"));
  });

  it('toggles help with ? and lists the keys', async () => {
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus()} size={size} initial={initialState()} />);
    await press(stdin, '?');
    await until(() => expect(lastFrame()).toContain('Everywhere'));
    expect(lastFrame()).toContain('Shift-Tab');
    await press(stdin, '?');
    await until(() => expect(lastFrame()).not.toContain('Everywhere'));
  });

  it('shows a start-up message until the first key', async () => {
    const { stdin, lastFrame } = render(
      <App corpus={sampleCorpus()} size={size} initial={initialState()} message="state file was corrupt" />,
    );
    expect(lastFrame()).toContain('state file was corrupt');
    await press(stdin, 'j');
    await until(() => expect(lastFrame()).not.toContain('state file was corrupt'));
  });

  it('shows "too small" below 60x15 and the layout again when the size grows', () => {
    const corpus = sampleCorpus();
    const initial = initialState();
    const { lastFrame, rerender } = render(<App corpus={corpus} size={{ cols: 50, rows: 12 }} initial={initial} />);
    expect(lastFrame()).toContain('Terminal too small');
    rerender(<App corpus={corpus} size={{ cols: 90, rows: 25 }} initial={initial} />);
    expect(lastFrame()).not.toContain('Terminal too small');
    expect(lastFrame()).toContain('rknews · fixture');
  });
});
