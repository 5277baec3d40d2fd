import { describe, expect, it } from 'vitest';
import type { SearchGeometry } from '../../../../src/ui/features/search/state';
import { remember } from '../../../../src/ui/features/search/state';
import type { Action, UiState } from '../../../../src/ui/state';
import type { ReaderLine } from '../../../../src/ui/shared/articleDocument';
import { contextOf, initialState, reduce } from '../../../../src/ui/state';
import { keyNames } from '../../../../src/ui/keymap';
import { applyKeys, viewport } from '../../helpers';

// Three results, each a heading row and a passage row: article 4 (best passage at 120), article 4
// again at 40 (the reducer does not care), article 1 at 10.
const listed = [
  { article: 4, start: 120 },
  { article: 4, start: 40 },
  { article: 1, start: 10 },
];
const geometry: SearchGeometry = {
  count: listed.length,
  resultAt: (i) => listed[i],
  rowOf: (i) => 2 * i + 1,
  totalRows: 6,
  rows: 2,
  hitsIn: (article) => (article === 4 ? [40, 120, 300] : article === 1 ? [10] : []),
};

// Every article wraps to 100 lines of 10 characters: offset 120 is on line 12.
const doc: ReaderLine[] = Array.from({ length: 100 }, (_, i) => ({ role: 'body', span: { start: i * 10, end: i * 10 + 10 } }));

const vp = viewport({ articles: 10, search: geometry, readerDoc: () => doc });

const run = (actions: Action[], from: UiState = initialState()) => actions.reduce((s, a) => reduce(s, a, vp), from);
/** Keys by name, as the App applies them. */
const keys = (names: string[], from: UiState = initialState()) => applyKeys(names, from, vp);
const typed = (text: string) => [...text].map((c) => (c === ' ' ? 'space' : c));

describe('the search prompt', () => {
  it('Ctrl-u sent in a burst with letters clears the query and types none of itself (abc, then C-u x y z: xyz)', () => {
    const s = keys(['/', ...typed('abc'), ...keyNames('\x15xyz', {})]);
    expect(s.search.query).toBe('xyz');
  });

  it('opens with / from any view and takes letters as input, q and ? included', () => {
    const s = keys(['/', ...typed('q? jk/g')]);
    expect(s.view).toBe('search');
    expect(contextOf(s)).toBe('search');
    expect(s.search.query).toBe('q? jk/g');
    expect(s.quit).toBe(false);
    expect(s.overlay).toBeNull();
  });

  it('deletes with Backspace and clears with Ctrl-u', () => {
    expect(keys(['/', 'a', 'b', 'backspace']).search.query).toBe('a');
    expect(keys(['/', 'a', 'b', 'ctrl-u']).search.query).toBe('');
  });

  it('a new query chooses the best result again', () => {
    const s = keys(['/', 'a', 'down', 'down', 'b']);
    expect(s.search.selected).toBe(0);
  });

  it('↑ / ↓ choose a result and scroll so it (with its group heading) stays visible', () => {
    const s = keys(['/', 'a', 'down', 'down']);
    expect(s.search.selected).toBe(2);
    expect(s.search.top).toBe(4); // rows 4 (heading) and 5 (the result)
    const back = keys(['up', 'up'], s);
    expect(back.search.selected).toBe(0);
    expect(back.search.top).toBe(0);
    expect(keys(['down', 'down', 'down', 'down'], s).search.selected).toBe(2);
  });

  it('Enter opens the article scrolled to the hit and remembers the query', () => {
    const s = keys(['/', ...typed('kim'), 'down', 'enter']);
    expect(s.view).toBe('browse');
    expect(s.open).toBe(4);
    expect(s.cursor).toBe(4);
    expect(s.focus).toBe('reader');
    expect(s.read.has(4)).toBe(true);
    // Line 4 is shown a third of the way down the 20-row reader, or as near as the top allows.
    expect(s.readerTop).toBe(0);
    expect(s.search.opened).toEqual({ article: 4, hit: 0 });
    expect(s.search.history).toEqual(['kim']);
  });

  it('n / N step through the hits in that article, wrapping round', () => {
    const opened = keys(['/', 'k', 'enter']); // result 0: offset 120 (line 12), the second hit in text order
    expect(opened.search.opened).toEqual({ article: 4, hit: 1 });
    expect(opened.readerTop).toBe(6);
    const next = keys(['n'], opened); // offset 300, line 30: off screen, so shown a third down
    expect(next.search.opened?.hit).toBe(2);
    expect(next.readerTop).toBe(24);
    expect(keys(['n', 'n'], opened)).toMatchObject({ readerTop: 0, search: { opened: { hit: 0 } } });
    expect(keys(['N', 'N'], opened)).toMatchObject({ readerTop: 24, search: { opened: { hit: 2 } } });
    // A hit already on screen does not move the text.
    expect(keys(['N'], { ...opened, readerTop: 0 }).readerTop).toBe(0);
  });

  it('Esc in the reader returns to the results, Esc again closes, and / reopens with the last query', () => {
    const opened = keys(['/', 'k', 'i', 'down', 'enter']);
    const results = keys(['escape'], opened);
    expect(results.view).toBe('search');
    expect(results.search.opened).toBeNull();
    expect(results.search.selected).toBe(1);
    const closed = keys(['escape'], results);
    expect(closed.view).toBe('browse');
    const reopened = keys(['/'], closed);
    expect(reopened.view).toBe('search');
    expect(reopened.search.query).toBe('ki');
  });

  it('Esc closes back to the view it was opened from', () => {
    let s = run([{ type: 'showProblems' }, { type: 'openSearch' }]);
    expect(s.view).toBe('search');
    s = run([{ type: 'back' }], s);
    expect(s.view).toBe('problems');
  });

  it('↑ in an empty prompt recalls earlier queries, newest first; ↓ comes back', () => {
    const base = initialState();
    const from = { ...base, search: { ...base.search, history: ['first', 'second'] } };
    const one = keys(['/', 'up'], from);
    expect(one.search.query).toBe('second');
    expect(keys(['up'], one).search.query).toBe('first');
    expect(keys(['up', 'up', 'up'], one).search.query).toBe('first');
    expect(keys(['up', 'down'], one).search.query).toBe('second');
    expect(keys(['down'], one).search.query).toBe('');
    // Once a query is typed, ↑ chooses results again.
    expect(keys(['/', 'x', 'up'], from).search.query).toBe('x');
  });

  it('n without a search does nothing', () => {
    const s = initialState({ open: 2, focus: 'reader' });
    expect(keys(['n'], s)).toBe(s);
  });
});

describe('remember', () => {
  it('moves a repeated query to the end, ignores blank ones and keeps at most 100', () => {
    expect(remember(['a', 'b'], 'a')).toEqual(['b', 'a']);
    expect(remember(['a'], '  ')).toEqual(['a']);
    const many = Array.from({ length: 100 }, (_, i) => `q${i}`);
    const next = remember(many, 'new');
    expect(next).toHaveLength(100);
    expect(next[0]).toBe('q1');
  });
});
