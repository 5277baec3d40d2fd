import { describe, expect, it } from 'vitest';
import type { CompareGeometry } from '../../../../src/ui/features/compare/state';
import type { UiState } from '../../../../src/ui/state';
import { contextOf, initialState } from '../../../../src/ui/state';
import { applyKeys, viewport } from '../../helpers';

// Left: 4 sentences of 3 rows; right: 3 sentences of 5 rows. Left 3 pairs with right 0.
const compare: CompareGeometry = {
  sentences: [4, 3],
  spans: [
    [
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 12],
    ],
    [
      [0, 5],
      [5, 10],
      [10, 15],
    ],
  ],
  totalRows: [12, 15],
  rows: 4,
  partner: [
    [-1, -1, -1, 0],
    [3, -1, -1],
  ],
};

const vp = viewport({ articles: 5, compare });

const keys = (names: string[], from: UiState) => applyKeys(names, from, vp);
const reading = () => initialState({ open: 2, focus: 'reader' });

describe('the compare view', () => {
  it('c from the reader opens it on the open article, the right side left to the most similar', () => {
    const s = keys(['c'], reading());
    expect(s.view).toBe('compare');
    expect(contextOf(s)).toBe('compare');
    expect(s.compare).toMatchObject({ a: 2, b: null, active: 0, cursor: [0, 0], sync: true });
  });

  it('c from the list does nothing (it compares the article being read)', () => {
    const s = initialState();
    expect(keys(['c'], s).view).toBe('browse');
  });

  it('j/k move the sentence cursor of the active column, and in sync both columns scroll together', () => {
    const s = keys(['c', 'j', 'j'], reading());
    expect(s.compare!.cursor).toEqual([2, 0]);
    // Sentence 2 is rows 6–8: the 4-row window ends at row 9.
    expect(s.compare!.top).toEqual([5, 5]);
    expect(keys(['G'], s).compare!.cursor).toEqual([3, 0]);
    expect(keys(['g'], s).compare!.top).toEqual([0, 0]);
  });

  it('Tab switches the active column; its cursor moves on its own', () => {
    const s = keys(['c', 'j', 'tab', 'j'], reading());
    expect(s.compare!.active).toBe(1);
    expect(s.compare!.cursor).toEqual([1, 1]);
  });

  it('without sync, the other column scrolls to the counterpart of the cursor sentence', () => {
    const s = keys(['c', 's', 'tab', 'G'], reading());
    expect(s.compare!.sync).toBe(false);
    expect(s.compare!.cursor).toEqual([0, 2]);
    // Its last sentence (rows 10–14) is taller than the window: its start is shown.
    expect(s.compare!.top).toEqual([0, 10]);
    // Back to the top of the right column: its first sentence pairs with the left's last, which comes into view.
    const t = keys(['g'], s);
    expect(t.compare!.top).toEqual([8, 0]);
    // Sync on again lines the columns up with the active one.
    expect(keys(['s'], t).compare!.top).toEqual([0, 0]);
  });

  it('p opens the picker; Esc closes it; a pick sets the right article and starts over', () => {
    const s = keys(['c', 'j', 'p'], reading());
    expect(contextOf(s)).toBe('picker');
    expect(keys(['escape'], s).compare!.picker).toBe(false);
    expect(contextOf(keys(['escape'], s))).toBe('compare');
    // ink-select-input owns j/k/Enter in the picker; the App dispatches its choice.
    expect(keys(['j', 'enter'], s).compare).toEqual(s.compare);
  });

  it('p does nothing while the comparison is still being prepared', () => {
    const s = keys(['c'], reading());
    const waiting = applyKeys(['p'], s, { ...vp, compare: undefined });
    expect(contextOf(waiting)).toBe('compare');
  });

  it('Esc goes back to the reader; C opens the coverage of the left article, Esc comes back', () => {
    const s = keys(['c'], reading());
    const back = keys(['escape'], s);
    expect(back.view).toBe('browse');
    expect(contextOf(back)).toBe('reader');
    const coverage = keys(['C'], s);
    expect(coverage.view).toBe('coverage');
    expect(coverage.coverage).toMatchObject({ article: 2 });
    expect(keys(['escape'], coverage).view).toBe('compare');
  });
});
