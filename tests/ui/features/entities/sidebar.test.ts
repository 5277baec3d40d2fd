import { describe, expect, it } from 'vitest';
import { initialEntities } from '../../../../src/ui/features/entities/state';
import { sidebarLines } from '../../../../src/ui/features/entities/sidebar';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { featureData } from '../fixtures';

const text = (lines: ReturnType<typeof sidebarLines>) => lines.map((l) => l.map((s) => s.text).join(''));
const ready = { phase: 'ready' as const, data: featureData() };
const rect = (width: number, height: number) => ({ top: 1, left: 0, width, height });

describe('the sidebar view', () => {
  it('lists the open article’s entities by default, under their type, with counts named in words', () => {
    const lines = text(sidebarLines({ analysis: ready, entities: initialEntities, open: 2, focused: false, rect: rect(30, 12) }));
    expect(lines.map((l) => l.trimEnd())).toEqual([
      ' Entities · this article',
      '           articles · mentions',
      ' People (1)',
      '• Ada Brook             2    4',
      ' Places (1)',
      '• Lisbon                1    1',
      '',
      '',
      '',
      '',
      '',
      '                  all 4 lines',
    ]);
  });

  it('lists the whole corpus’s entities in corpus mode, marking those in the open article', () => {
    const lines = text(sidebarLines({ analysis: ready, entities: { ...initialEntities, corpusWide: true }, open: 2, focused: false, rect: rect(30, 12) }));
    expect(lines.slice(0, 8).map((l) => l.trimEnd())).toEqual([
      ' Entities · corpus',
      '           articles · mentions',
      ' People (1)',
      '• Ada Brook             2    4',
      ' Organisations (1)',
      '  Port Authority        2    2',
      ' Places (1)',
      '• Lisbon                1    1',
    ]);
  });

  it('shows the find line and only the names containing what was typed, any case or accent', () => {
    const found = text(sidebarLines({ analysis: ready, entities: { ...initialEntities, find: 'LÍS', finding: true }, open: null, focused: true, rect: rect(30, 8) }));
    expect(found.slice(0, 4).map((l) => l.trimEnd())).toEqual([' Entities · corpus', ' / LÍS▏', ' Places (1)', '  Lisbon                1    1']);
    const none = text(sidebarLines({ analysis: ready, entities: { ...initialEntities, find: 'zz' }, open: null, focused: true, rect: rect(30, 8) }));
    expect(none[2]).toContain('No entity matches.');
  });

  it('fits exactly its width, truncating names, and keeps only mentions when narrow', () => {
    for (const width of [16, 22, 26, 34]) {
      const lines = sidebarLines({ analysis: ready, entities: initialEntities, open: null, focused: true, rect: rect(width, 10) });
      for (const l of text(lines)) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    }
    const narrow = text(sidebarLines({ analysis: ready, entities: initialEntities, open: null, focused: true, rect: rect(16, 10) }));
    expect(narrow[1]).toBe('        mentions');
    expect(narrow[5]).toBe('  Port Aut…    2');
  });

  it('scrolls exactly: the cursor row is always shown, with its heading when it fits', () => {
    const shown = (cursor: number, top: number) =>
      text(sidebarLines({ analysis: ready, entities: { ...initialEntities, cursor, top }, open: null, focused: true, rect: rect(30, 5) }));
    // Two rows of entities between the title and legend and the position line.
    const rows = (cursor: number) => shown(cursor, 0).slice(2, 4).map((l) => l.replace(/ +/g, ' ').trimEnd());
    expect(rows(0)).toEqual([' People (1)', ' Ada Brook 2 4']);
    expect(rows(1)).toEqual([' Organisations (1)', ' Port Authority 2 2']);
    expect(rows(2)).toEqual([' Places (1)', ' Lisbon 1 1']);
    expect(shown(2, 0)[4]).toContain('5–6 of 6');
  });

  it('says the analysis is running until it is ready', () => {
    const lines = text(sidebarLines({ analysis: { phase: 'running', done: 40, total: 2213, stage: 'entities' }, entities: initialEntities, open: null, focused: false, rect: rect(30, 10) }));
    expect(lines.join('\n')).toContain('analysing… 40/2213 articles');
  });
});
