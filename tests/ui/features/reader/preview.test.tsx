import { render, cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/ui/App';
import type { Frame } from '../../../../src/ui/frame';
import { renderFrame } from '../../../../src/ui/frame';
import { initialState, reduce } from '../../../../src/ui/state';
import type { Action, UiState } from '../../../../src/ui/state';
import { sampleCorpus } from '../../fixtures';
import { press, until } from '../../helpers';

afterEach(() => cleanup());

const corpus = sampleCorpus({ articles: 6 });
const frameOf = (state: UiState): Frame => renderFrame({ corpus, state, cols: 120, rows: 40 });
/** The reader pane's text: each body line right of the list. */
const readerText = (frame: Frame) => frame.lines.slice(1, -1).map((l) => l.map((s) => s.text).join('').slice(frame.layout.reader.left)).join('\n');
/** The reader pane of a screen Ink drew: each line after the list's separator. */
const readerOnScreen = (screen: string) => screen.split('\n').slice(1, -1).map((l) => l.slice(l.indexOf('│') + 1)).join('\n');
const headline = (i: number) => corpus.articles[i].headline.value.slice(0, 28);
const step = (state: UiState, action: Action) => reduce(state, action, frameOf(state).viewport);

describe('the reader before an article is opened', () => {
  it('shows the article under the cursor at once on first launch, and marks nothing read', () => {
    const state = initialState();
    const firstWords = corpus.articles[0].text.slice(corpus.articles[0].paragraphs[0].start, corpus.articles[0].paragraphs[0].start + 20);
    expect(readerText(frameOf(state))).toContain(firstWords);
    expect(readerText(frameOf(state))).not.toContain('Select an article');
    expect(state.read.size).toBe(0);
  });

  it('keeps the old article after a move until the keys settle, then shows the one under the cursor', () => {
    const moved = step(initialState(), { type: 'move', by: 1 });
    expect(moved.cursor).toBe(1);
    expect(readerText(frameOf(moved))).toContain(headline(0));
    const settled = step(moved, { type: 'showPreview' });
    expect(readerText(frameOf(settled))).toContain(headline(1));
    expect(settled.preview).toBeUndefined();
    expect(settled.read.size).toBe(0);
    expect(settled.open).toBeNull();
  });

  it('after a burst of moves previews the final row once settled, and meanwhile only the first', () => {
    let state = initialState();
    for (const by of [1, 1, 1, 1, -1]) {
      state = step(state, { type: 'move', by });
      expect(readerText(frameOf(state))).toContain(headline(0));
    }
    expect(state.cursor).toBe(3);
    expect(readerText(frameOf(step(state, { type: 'showPreview' })))).toContain(headline(3));
  });

  it('opens the article under the cursor at once, even before the preview caught up', () => {
    const opened = step(step(initialState(), { type: 'move', by: 2 }), { type: 'open' });
    expect(opened.open).toBe(2);
    expect(opened.preview).toBeUndefined();
    expect(readerText(frameOf(opened))).toContain(corpus.articles[2].text.slice(0, 8));
  });
});

describe('the preview in the App (ink-testing-library, 120x40)', () => {
  it('shows the first article at once and, after a burst of j, the final row once the keys stop', async () => {
    const { stdin, lastFrame } = render(<App corpus={corpus} size={{ cols: 120, rows: 40 }} initial={initialState()} />);
    expect(readerOnScreen(lastFrame()!)).toContain(headline(0));
    await press(stdin, 'j', 'j', 'j', 'j');
    await until(() => expect(readerOnScreen(lastFrame()!)).toContain(headline(4)));
    expect(readerOnScreen(lastFrame()!)).not.toContain(headline(0));
  });
});
