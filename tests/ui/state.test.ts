import { describe, expect, it } from 'vitest';
import type { Action, UiState, Viewport } from '../../src/ui/state';
import { contextOf, initialState, reduce } from '../../src/ui/state';
import { followCursor } from '../../src/ui/shared/scroll';
import { viewport } from './helpers';

const vp = viewport({ articles: 50 });

const run = (actions: Action[], from: UiState = initialState(), v: Viewport = vp) => actions.reduce((s, a) => reduce(s, a, v), from);
const down: Action = { type: 'move', by: 1 };
const up: Action = { type: 'move', by: -1 };

describe('list navigation', () => {
  it('moves the cursor and keeps it in view', () => {
    const s = run(Array(12).fill(down));
    expect(s.cursor).toBe(12);
    expect(s.listTop).toBe(3);
    expect(run([up], s).cursor).toBe(11);
  });

  it('stops at both ends', () => {
    expect(run([up]).cursor).toBe(0);
    expect(run([{ type: 'last' }, down]).cursor).toBe(49);
    expect(run([{ type: 'last' }]).listTop).toBe(40);
    expect(run([{ type: 'last' }, { type: 'first' }])).toMatchObject({ cursor: 0, listTop: 0 });
  });

  it('pages by the visible rows and by half of them', () => {
    expect(run([{ type: 'page', dir: 1 }]).cursor).toBe(10);
    expect(run([{ type: 'page', dir: 1, half: true }]).cursor).toBe(5);
    expect(run([{ type: 'page', dir: 1 }, { type: 'page', dir: -1 }]).cursor).toBe(0);
  });

  it('does nothing harmful on an empty list', () => {
    const empty = { ...vp, articles: 0 };
    const s = run([down, { type: 'last' }, { type: 'open' }, { type: 'toggleRead' }], initialState(), empty);
    expect(s).toMatchObject({ cursor: 0, open: null });
    expect(s.read.size).toBe(0);
  });
});

describe('opening and reading', () => {
  it('Enter opens the article under the cursor, marks it read and focuses the reader', () => {
    const s = run([down, down, { type: 'open' }]);
    expect(s).toMatchObject({ open: 2, focus: 'reader', readerTop: 0 });
    expect(s.read.has(2)).toBe(true);
  });

  it('scrolls the reader within its lines', () => {
    const s = run([{ type: 'open' }, down, down, { type: 'page', dir: 1 }]);
    expect(s.readerTop).toBe(22);
    expect(run([{ type: 'last' }], s).readerTop).toBe(80);
    expect(run([{ type: 'page', dir: -1, half: true }], s).readerTop).toBe(12);
    expect(run([{ type: 'first' }, up], s).readerTop).toBe(0);
  });

  it('does not scroll an article that fits', () => {
    const s = run([{ type: 'open' }, { type: 'last' }], initialState(), { ...vp, readerLines: 5 });
    expect(s.readerTop).toBe(0);
  });

  it('keeps the scroll position when the same article is opened again', () => {
    const s = run([{ type: 'open' }, down, down, { type: 'back' }, { type: 'open' }]);
    expect(s.readerTop).toBe(2);
    const other = run([{ type: 'open' }, down, { type: 'back' }, down, { type: 'open' }]);
    expect(other).toMatchObject({ open: 1, readerTop: 0 });
  });

  it('u toggles the read mark of the cursor article in the list and of the open one in the reader', () => {
    const inList = run([{ type: 'toggleRead' }]);
    expect(inList.read.has(0)).toBe(true);
    expect(run([{ type: 'toggleRead' }], inList).read.has(0)).toBe(false);
    const inReader = run([down, { type: 'open' }, { type: 'toggleRead' }]);
    expect(inReader.read.has(1)).toBe(false);
  });
});

describe('focus, overlay and views', () => {
  it('Tab and Shift-Tab cycle through the panes', () => {
    expect(run([{ type: 'focus', dir: 1 }]).focus).toBe('reader');
    expect(run([{ type: 'focus', dir: 1 }, { type: 'focus', dir: 1 }]).focus).toBe('list');
    expect(run([{ type: 'focus', dir: -1 }]).focus).toBe('reader');
  });

  it('Esc steps back: help closes, the problems view closes, the reader returns to the list', () => {
    const help = run([{ type: 'open' }, { type: 'toggleHelp' }]);
    expect(contextOf(help)).toBe('help');
    const closed = run([{ type: 'back' }], help);
    expect(contextOf(closed)).toBe('reader');
    expect(contextOf(run([{ type: 'back' }], closed))).toBe('list');
    const problems = run([{ type: 'toggleHelp' }, { type: 'showProblems' }]);
    expect(contextOf(problems)).toBe('problems');
    expect(contextOf(run([{ type: 'back' }], problems))).toBe('list');
  });

  it('keys go to the overlay while it is open', () => {
    const s = run([{ type: 'toggleHelp' }, down, down]);
    expect(s).toMatchObject({ helpTop: 2, cursor: 0 });
    expect(run([{ type: 'focus', dir: 1 }], s).focus).toBe('list');
    expect(run([{ type: 'toggleHelp' }], s).overlay).toBeNull();
  });

  it('quit sets the flag from any context', () => {
    expect(run([{ type: 'toggleHelp' }, { type: 'quit' }]).quit).toBe(true);
  });
});

describe('followCursor', () => {
  it('changes the first row as little as possible', () => {
    expect(followCursor(5, 0, 10, 50)).toBe(0);
    expect(followCursor(10, 0, 10, 50)).toBe(1);
    expect(followCursor(3, 8, 10, 50)).toBe(3);
    expect(followCursor(49, 45, 10, 50)).toBe(40);
  });
});
