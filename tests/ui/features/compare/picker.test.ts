// The compare picker is state like the speaker picker (issue 15): every key moves it one row, j/k
// work, and / finds an article by headline or outlet.
import { describe, expect, it } from 'vitest';
import { buildAlignContext, mostSimilar } from '../../../../src/analysis/align';
import { applyKey } from '../../../../src/ui/applyKey';
import type { Frame } from '../../../../src/ui/frame';
import { renderFrame } from '../../../../src/ui/frame';
import type { UiState } from '../../../../src/ui/state';
import { contextOf, initialState } from '../../../../src/ui/state';
import { seedCorpus } from '../../../helpers/corpus';
import { screenOf } from '../drive';

const corpus = seedCorpus();
const align = buildAlignContext(corpus.articles);
const sources = { searchIndex: null, searchWithoutAnalysis: false, align };
const ranked = mostSimilar(align, corpus.articles[0].id).map((s) => corpus.articles.findIndex((a) => a.id === s.id));

const frameOf = (state: UiState): Frame => renderFrame({ corpus, state, cols: 100, rows: 30, searchCompare: sources });

/** Each key name through the keymap and reducer with the geometry of the frame on screen, as the App does. */
function drive(keys: string[], from: UiState = initialState({ open: 0, focus: 'reader' })): { state: UiState; screen: string[] } {
  let state = from;
  for (const k of keys) state = applyKey(state, k, frameOf(state));
  return { state, screen: screenOf(frameOf(state)) };
}

const highlighted = (screen: string[]) => screen.find((l) => l.includes('❯')) ?? '';
const headline = (i: number) => corpus.articles[i].headline.value.slice(0, 30);

describe('the compare picker', () => {
  it('lists the other articles most similar first, with their similarity', () => {
    const { state, screen } = drive(['c', 'p']);
    expect(contextOf(state)).toBe('picker');
    expect(screen.join('\n')).toContain('Compare with');
    const scores = screen.flatMap((l) => {
      const m = /(\d\.\d\d) {2}/.exec(l);
      return m ? [Number(m[1])] : [];
    });
    expect(scores).toHaveLength(ranked.length);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(highlighted(screen)).toContain(headline(ranked[0]));
  });

  it('moves one row per key of a burst, j and k included, and Enter compares with the one chosen', () => {
    // Each key goes through the reducer on the latest state (ink-select-input's own state lost keys of a burst).
    const moved = drive(['c', 'p', 'down', 'j']);
    expect(highlighted(moved.screen)).toContain(headline(ranked[2]));
    const back = drive(['k'], moved.state);
    expect(highlighted(back.screen)).toContain(headline(ranked[1]));
    const chosen = drive(['enter'], back.state);
    expect(contextOf(chosen.state)).toBe('compare');
    expect(chosen.state.compare!.b).toBe(ranked[1]);
  });

  it('finds an article by typing part of its headline, and Esc keeps the current one', () => {
    const target = corpus.articles[ranked[ranked.length - 1]];
    const word = target.headline.value.split(' ').find((w) => w.length > 5 && corpus.articles.filter((a) => a.headline.value.includes(w)).length === 1)!;
    const typed = drive(['c', 'p', '/', ...[...word.toLowerCase()]]);
    expect(contextOf(typed.state)).toBe('pickerFind');
    expect(typed.screen.filter((l) => /\d\.\d\d {2}/.test(l))).toHaveLength(1);
    expect(highlighted(typed.screen)).toContain(target.headline.value.slice(0, 30));
    const done = drive(['enter', 'enter'], typed.state);
    expect(done.state.compare!.b).toBe(ranked[ranked.length - 1]);
    const kept = drive(['c', 'p', 'j', 'escape']);
    expect(contextOf(kept.state)).toBe('compare');
    expect(kept.state.compare!.b).toBeNull();
  });
});
