import { describe, expect, it } from 'vitest';
import { contextOf, initialState } from '../../../../src/ui/state';
import { offsetOfLine } from '../../../../src/ui/shared/articleDocument';
import { READER_MIN_COLS } from '../../../../src/ui/shared/layout';
import type { Entity } from '../../../../src/analysis/types';
import { buildAnalysisData } from '../../../../src/ui/sources/analysis/data';
import { drive } from '../drive';
import { analysedState, featureCorpus } from '../fixtures';

const corpus = featureCorpus();

describe('the entity sidebar in the reducer', () => {
  it('e shows it and adds it to the Tab ring; e again hides it and takes the focus back', () => {
    const shown = drive(corpus, analysedState(corpus), ['e']);
    expect(shown.state.entities.sidebar).toBe(true);
    expect(shown.state.focus).toBe('list');
    const focused = drive(corpus, shown.state, ['tab', 'tab']);
    expect(focused.state.focus).toBe('sidebar');
    expect(drive(corpus, focused.state, ['tab']).state.focus).toBe('list');
    const hidden = drive(corpus, focused.state, ['e']);
    expect(hidden.state.entities.sidebar).toBe(false);
    expect(hidden.state.ring).toEqual(['list', 'reader']);
    expect(hidden.state.focus).toBe('list');
  });

  it('moves its cursor over entities, stopping at both ends', () => {
    const s = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', 'j', 'j', 'j', 'j']).state;
    expect(s.entities.cursor).toBe(2);
    expect(drive(corpus, s, ['g']).state.entities.cursor).toBe(0);
    expect(drive(corpus, s, ['k', 'k', 'k', 'k']).state.entities.cursor).toBe(0);
  });

  /** The sidebar's column of the screen. */
  const sidebar = (screen: string[]) => screen.map((l) => l.split('│').at(-1)).join('\n');

  it('lists this article’s entities while one is open, a switches to the corpus and back', () => {
    // Article 1 names only the Port Authority.
    const open = drive(corpus, analysedState(corpus), ['j', 'enter', 'e', 'tab']);
    expect(contextOf(open.state)).toBe('sidebar');
    expect(open.screen[1]).toContain('Entities · this article');
    expect(sidebar(open.screen)).not.toContain('Ada Brook');
    const all = drive(corpus, open.state, ['a']);
    expect(all.state.entities.corpusWide).toBe(true);
    expect(all.screen[1]).toContain('Entities · corpus');
    expect(sidebar(all.screen)).toContain('Ada Brook');
    expect(drive(corpus, all.state, ['a']).screen[1]).toContain('Entities · this article');
  });

  it('/ finds an entity by typing part of its name; Enter on it narrows the list; Esc on the find line lists all again', () => {
    const found = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', '/', 'l', 'i', 's']);
    expect(contextOf(found.state)).toBe('entityFind');
    expect(found.state.entities.find).toBe('lis');
    expect(sidebar(found.screen)).not.toContain('Ada Brook');
    // Enter keeps the find and leaves the line; Enter again picks the one found.
    const picked = drive(corpus, found.state, ['enter', 'enter']);
    expect(picked.state.entities.selected).toBe('place:lisbon');
    const cleared = drive(corpus, found.state, ['escape']);
    expect(contextOf(cleared.state)).toBe('sidebar');
    expect(cleared.state.entities.find).toBe('');
    expect(sidebar(cleared.screen)).toContain('Ada Brook');
  });

  it('finding puts the cursor on the name that is what was typed, though a longer one is listed above it', () => {
    const b = corpus.articles.find((a) => a.id === 'b')!;
    const at = b.text.indexOf('Port Authority');
    const mention = (end: number) => [{ article: 'b', span: { start: at, end } }];
    const entities: Entity[] = [
      { id: 'org:port-authority', name: 'Port Authority', type: 'organization', aliases: [], mentions: mention(at + 14) },
      { id: 'place:port', name: 'Port', type: 'place', aliases: [], mentions: mention(at + 4) },
    ];
    const start = { ...initialState(), analysis: { phase: 'ready' as const, data: buildAnalysisData(corpus.articles, { entities, quotes: [] }) } };
    const found = drive(corpus, start, ['e', 'tab', 'tab', '/', 'p', 'o', 'r', 't', 'enter', 'enter']);
    expect(found.state.entities.selected).toBe('place:port');
  });

  it('at 60×15 the reader keeps a usable width: the sidebar folds, and takes the reader’s place while focused', () => {
    const shown = drive(corpus, analysedState(corpus, { open: 0, focus: 'reader' }), ['e'], 60, 15);
    expect(shown.frame.layout.sidebar).toBeNull();
    expect(shown.frame.layout.reader.width).toBeGreaterThanOrEqual(READER_MIN_COLS);
    expect(shown.screen.join('\n')).not.toContain('Entities');
    const focused = drive(corpus, shown.state, ['tab'], 60, 15);
    expect(focused.state.focus).toBe('sidebar');
    expect(focused.screen[1]).toContain('Entities · this article');
    // Wider, it sits beside a reader no narrower than that.
    const beside = drive(corpus, shown.state, [], 70, 15);
    expect(beside.frame.layout.sidebar?.width).toBeGreaterThanOrEqual(16);
    expect(beside.frame.layout.reader.width).toBeGreaterThanOrEqual(READER_MIN_COLS);
  });

  it('i shows the mentions in their words; j chooses one, Enter opens its article there, Esc comes back to the detail', () => {
    const detail = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', 'i']);
    expect(detail.state.view).toBe('entity');
    expect(detail.screen.join('\n')).toContain('▸ Ada Brook cut the ribbon');
    const chosen = drive(corpus, detail.state, ['j', 'j', 'j']);
    expect(chosen.state.entities.detailCursor).toBe(3);
    expect(chosen.screen.join('\n')).toContain('▸ Nothing happened in Lisbon');
    const opened = drive(corpus, chosen.state, ['enter']);
    expect(opened.state).toMatchObject({ view: 'browse', open: 2, focus: 'reader' });
    expect(opened.screen.join('\n')).toContain('Nothing happened in Lisbon');
    const back = drive(corpus, opened.state, ['escape']);
    expect(back.state.view).toBe('entity');
    expect(back.state.entities.detailCursor).toBe(3);
  });

  it('Enter narrows the list to the articles mentioning the entity; the list moves within them; Esc in the list clears it', () => {
    const picked = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', 'enter']);
    expect(picked.state.listFilter).toEqual({ label: 'Ada Brook', articles: [0, 2], entity: 'person:ada-brook' });
    expect(picked.state.entities.selected).toBe('person:ada-brook');
    expect(picked.screen[0]).toContain('filter: Ada Brook (2)');
    const listed = picked.screen.join('\n');
    expect(listed).toContain('A quiet day in Lisbon');
    expect(listed).not.toContain('Port Authority counts the cost');

    const moved = drive(corpus, picked.state, ['shift-tab', 'shift-tab', 'j']);
    expect(contextOf(moved.state)).toBe('list');
    expect(moved.state.cursor).toBe(2);
    expect(drive(corpus, moved.state, ['j']).state.cursor).toBe(2);

    const cleared = drive(corpus, moved.state, ['escape']);
    expect(cleared.state.listFilter).toBeNull();
    expect(cleared.state.entities.selected).toBeNull();
    expect(cleared.state.cursor).toBe(2);
    expect(cleared.screen.join('\n')).toContain('Port Authority counts the cost');
  });

  it('] and [ walk the mentions through the corpus, opening articles and scrolling each into view', () => {
    const picked = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', 'enter'], 120, 20).state;
    const ada = picked.analysis.phase === 'ready' ? picked.analysis.data.byId.get('person:ada-brook')! : null;
    const spots: string[] = [];
    let s = picked;
    for (let i = 0; i < 5; i++) {
      const r = drive(corpus, s, [']'], 120, 20);
      s = r.state;
      const m = ada!.ordered[s.entities.mention];
      expect(s.open).toBe(m.article);
      // The mention is on a visible reader line.
      const doc = r.frame.viewport.readerDoc!(m.article);
      const top = offsetOfLine(doc, s.readerTop);
      const line = doc.findIndex((l) => 'span' in l && l.span.end > m.start);
      expect(line).toBeGreaterThanOrEqual(s.readerTop);
      expect(line).toBeLessThan(s.readerTop + r.frame.viewport.readerRows);
      expect(top).toBeLessThanOrEqual(m.start);
      spots.push(`${m.article}:${m.start}`);
    }
    // Four mentions, then around again to the first.
    expect(new Set(spots.slice(0, 4)).size).toBe(4);
    expect(spots[4]).toBe(spots[0]);
    expect(drive(corpus, s, ['[']).state.entities.mention).toBe(3);
    // The current mention is marked apart from the others.
    expect(s.focus).toBe('sidebar');
  });

  it('] does nothing before an entity is chosen', () => {
    const s = analysedState(corpus, { open: 0 });
    expect(drive(corpus, s, [']']).state).toEqual(s);
  });

  it('i shows the details of the entity under the cursor; they scroll and Esc goes back', () => {
    const r = drive(corpus, analysedState(corpus), ['e', 'tab', 'tab', 'i'], 80, 24);
    expect(r.state.view).toBe('entity');
    expect(contextOf(r.state)).toBe('entity');
    const text = r.screen.join('\n');
    expect(text).toContain('Ada Brook');
    expect(text).toContain('Also called: Brook');
    expect(text).toMatch(/3 {2}Mayor Ada Brook opens the harbour bridge · Harbour Times · 2024-05-02/);
    expect(drive(corpus, r.state, ['escape']).state.view).toBe('browse');
  });

  it('waits for the analysis: before it is ready the sidebar says so and its keys do nothing', () => {
    const waiting = { ...analysedState(corpus), analysis: { phase: 'running' as const, done: 1, total: 3, stage: 'entities' as const } };
    const r = drive(corpus, waiting, ['e', 'tab', 'tab', 'enter', 'i']);
    expect(r.state.listFilter).toBeNull();
    expect(r.state.view).toBe('browse');
    expect(r.screen.join('\n')).toContain('analysing… 1/3 articles');
    expect(r.screen[0]).toContain('analysing 1/3');
  });
});
