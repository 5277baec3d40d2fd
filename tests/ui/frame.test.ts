import { describe, expect, it } from 'vitest';
import { renderFrame } from '../../src/ui/frame';
import type { Line } from '../../src/ui/shared/lines';
import { initialState, reduce } from '../../src/ui/state';
import type { Action, UiState } from '../../src/ui/state';
import { displayWidth } from '../../src/ui/shared/text/wrap';
import { sampleCorpus } from './fixtures';

const text = (l: Line) => l.map((s) => s.text).join('');
const screen = (lines: Line[]) => lines.map(text).join('\n');

function frameAfter(actions: Action[], cols = 120, rows = 40, corpus = sampleCorpus()) {
  let state: UiState = initialState();
  for (const a of actions) state = reduce(state, a, renderFrame({ corpus, state, cols, rows }).viewport);
  return renderFrame({ corpus, state, cols, rows });
}

describe('the frame', () => {
  it('is at most rows - 1 tall and exactly as wide as the terminal', () => {
    const { lines } = frameAfter([]);
    expect(lines).toHaveLength(39);
    for (const l of lines) expect(displayWidth(text(l))).toBe(120);
  });

  it('has a title bar with corpus name, counts, outlets, date range and skipped files', () => {
    const corpus = sampleCorpus({ problems: [{ path: '/x/bad.bin', reason: 'binary file', severity: 'skipped' }] });
    const title = text(frameAfter([], 120, 40, corpus).lines[0]);
    expect(title).toContain('fixture');
    expect(title).toContain('3 articles');
    expect(title).toContain('2 outlets');
    expect(title).toContain('2023-09-13 – 2023-09-14');
    expect(title).toContain('1 skipped');
  });

  it('lists headline, outlet and date, with "unknown outlet" and "undated" where so', () => {
    const s = screen(frameAfter([]).lines);
    expect(s).toContain('Leaders meet at a remote spaceport');
    expect(s).toContain('Example Wire · 2023-09-13');
    expect(s).toContain('unknown outlet · undated');
  });

  it('shows the status keys of the focused pane', () => {
    const lines = frameAfter([]).lines;
    expect(text(lines.at(-1)!)).toMatch(/j\/k move\s+Enter open/);
    const reader = frameAfter([{ type: 'open' }]).lines;
    expect(text(reader.at(-1)!)).toMatch(/Esc \w+/);
    expect(text(reader.at(-1)!)).not.toContain('Enter open');
  });

  it('keeps the keys that work everywhere visible on a narrow status line', () => {
    const status = text(frameAfter([{ type: 'open' }], 60, 20).lines.at(-1)!);
    expect(status).toMatch(/\? help {2}q quit $/);
    expect(status).toContain('j/k move');
  });

  it('reads an article: headline, meta line with word count, caption set apart, paragraphs, position', () => {
    const s = screen(frameAfter([{ type: 'open' }]).lines);
    expect(s).toMatch(/│ Leaders meet at a remote spaceport to discuss cooperation/);
    expect(s).toMatch(/Example Wire · 2023-09-13 · \d+ words/);
    expect(s).toContain('│ │ Two leaders shake hands');
    expect(s).toContain('Paragraph 1. The delegation');
    expect(s).toMatch(/1–\d+ of \d+ · \d+%/);
  });

  it('scrolls the reader and the indicator follows', () => {
    const before = screen(frameAfter([{ type: 'open' }]).lines);
    const after = screen(frameAfter([{ type: 'open' }, { type: 'move', by: 3 }]).lines);
    expect(after).toMatch(/4–\d+ of \d+/);
    expect(after).not.toContain('Leaders meet at a remote spaceport to discuss cooperation  ');
    expect(before).not.toEqual(after);
  });

  it('says "undated" and "unknown outlet" in the reader too', () => {
    const s = screen(frameAfter([{ type: 'move', by: 1 }, { type: 'open' }]).lines);
    expect(s).toMatch(/unknown outlet · undated · \d+ words/);
  });

  it('replaces the layout with a message below 60x15, and brings it back', () => {
    const small = frameAfter([], 59, 30);
    expect(screen(small.lines)).toContain('Terminal too small');
    expect(screen(frameAfter([], 60, 14).lines)).toContain('Terminal too small');
    expect(screen(frameAfter([], 60, 15).lines)).not.toContain('Terminal too small');
  });

  it('shows the help overlay and the skipped files with their reasons', () => {
    const corpus = sampleCorpus({ problems: [{ path: '/x/\u001b[31mbad.bin', reason: 'binary file', severity: 'skipped' }] });
    const help = screen(frameAfter([{ type: 'toggleHelp' }], 120, 40, corpus).lines);
    expect(help).toContain('press p to list them');
    const problems = frameAfter([{ type: 'toggleHelp' }, { type: 'showProblems' }], 120, 40, corpus);
    const s = screen(problems.lines);
    expect(s).toContain('skipped: binary file');
    // The escape character in the file name is not printed.
    expect(s).not.toContain('\u001b');
    expect(s).toContain('\ufffd[31mbad.bin');
  });

  it('renders only the visible part of a long list', () => {
    const corpus = sampleCorpus({ articles: 5000 });
    const f = frameAfter([{ type: 'last' }], 120, 40, corpus);
    expect(screen(f.lines)).toContain('Extra article number 4996');
    expect(f.lines).toHaveLength(39);
  });
});

describe('a restored or resized list', () => {
  it('scrolls to show the cursor even when the state says otherwise', () => {
    const corpus = sampleCorpus({ articles: 200 });
    const state = { ...initialState({ cursor: 150 }), listTop: 0 };
    const s = screen(renderFrame({ corpus, state, cols: 120, rows: 40 }).lines);
    expect(s).toContain('Extra article number 147');
  });
});

describe('the sidebar slot', () => {
  it('puts a pane beside the reader and keeps every line within the terminal', () => {
    const corpus = sampleCorpus();
    const sidebar = { width: 30, render: () => [[{ text: 'ENTITIES' }], [{ text: 'x'.repeat(100) }]] };
    const state = reduce(initialState(), { type: 'open' }, renderFrame({ corpus, state: initialState(), cols: 120, rows: 40 }).viewport);
    const f = renderFrame({ corpus, state, cols: 120, rows: 40, sidebar });
    expect(f.layout.sidebar).toMatchObject({ width: 30 });
    expect(text(f.lines[1])).toMatch(/│ENTITIES {22}$/);
    for (const l of f.lines) expect(displayWidth(text(l))).toBe(120);
    // The reader is narrower, and its lines were wrapped for the narrower width.
    expect(f.layout.reader.width).toBe(120 - 43 - 1 - 31);
  });
});

describe('the title bar when narrow', () => {
  it('drops the least useful parts first and keeps the skipped count', () => {
    const corpus = sampleCorpus({ problems: [{ path: 'a', reason: 'b', severity: 'warning' }] });
    const wide = text(frameAfter([], 120, 40, corpus).lines[0]);
    expect(wide).toContain('2 outlets');
    expect(wide).toContain('1 warning');
    const narrow = text(frameAfter([], 60, 20, corpus).lines[0]);
    expect(narrow).not.toContain('outlets');
    expect(narrow).toContain('3 articles');
    expect(narrow).toContain('0 skipped');
  });
});

describe('help and skipped files when taller than the screen', () => {
  it('say where they are on the last row', () => {
    const s = screen(frameAfter([{ type: 'toggleHelp' }, { type: 'move', by: 2 }], 60, 15).lines);
    expect(s).toMatch(/3–\d+ of \d+ · \d+%/);
  });
});

describe('provenance in the reader', () => {
  it('marks an outlet or date inferred from the text', () => {
    const corpus = sampleCorpus();
    const first = corpus.articles[0];
    const inferred = { ...first, outlet: { value: first.outlet.value, from: 'derived' as const } };
    const c = { ...corpus, articles: [inferred, ...corpus.articles.slice(1)] };
    const s = screen(frameAfter([{ type: 'open' }], 120, 40, c).lines);
    expect(s).toMatch(/Example Wire \(inferred\) · 2023-09-13 · \d+ words/);
    expect(screen(frameAfter([{ type: 'open' }]).lines)).not.toContain('(inferred)');
  });
});
