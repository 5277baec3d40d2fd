import { describe, expect, it } from 'vitest';
import { renderFrame } from '../../../../src/ui/frame';
import type { Line } from '../../../../src/ui/shared/lines';
import { initialState, reduce } from '../../../../src/ui/state';
import type { UiState } from '../../../../src/ui/state';
import { sampleCorpus } from '../../fixtures';

const screen = (lines: Line[]) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');
const corpus = sampleCorpus();

describe('the reader before an article is opened', () => {
  it('shows the article under the cursor, follows the cursor, and marks nothing read', () => {
    let state: UiState = initialState();
    const first = renderFrame({ corpus, state, cols: 120, rows: 40 });
    expect(screen(first.lines)).not.toContain('Select an article');
    // The first paragraph of the first article, in the reader pane (right of the list).
    const firstWords = corpus.articles[0].text.slice(corpus.articles[0].paragraphs[0].start, corpus.articles[0].paragraphs[0].start + 20);
    expect(first.lines.slice(1).some((l) => l.map((s) => s.text).join('').slice(first.layout.reader.left).includes(firstWords))).toBe(true);
    state = reduce(state, { type: 'move', by: 1 }, first.viewport);
    const second = renderFrame({ corpus, state, cols: 120, rows: 40 });
    expect(second.lines.slice(1, 3).map((l) => l.map((s) => s.text).join('').slice(second.layout.reader.left)).join('\n')).toContain(corpus.articles[1].headline.value.slice(0, 30));
    expect(state.read.size).toBe(0);
    expect(state.open).toBeNull();
  });
});
