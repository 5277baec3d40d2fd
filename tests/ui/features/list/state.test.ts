// The list sorted with s and narrowed to unread or read articles with r, together with the
// outlet filter (o), through the keymap and the reducer as the App drives them.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/corpus/types';
import { initialState } from '../../../../src/ui/state';
import { makeArticle } from '../../fixtures';
import { drive } from '../drive';

const corpus: Corpus = {
  name: 'fixture',
  problems: [],
  articles: [
    makeArticle({ id: 'a', headline: 'Oldest from the Wire', outlet: 'Wire', date: '2023-01-01', paragraphs: ['x'] }),
    makeArticle({ id: 'b', headline: 'Undated and of no outlet', paragraphs: ['x'] }),
    makeArticle({ id: 'c', headline: 'Newest from the Gazette', outlet: 'Gazette', date: '2024-06-19', paragraphs: ['x'] }),
    makeArticle({ id: 'd', headline: 'Middle from the Wire', outlet: 'Wire', date: '2023-09-14', paragraphs: ['x'] }),
  ],
};

/** The headlines in the list pane, top to bottom. */
const listed = (screen: string[]) =>
  screen
    .slice(1)
    .map((l) => l.slice(0, 40).replace(/^[•\s]+/, '').split('│')[0].trim())
    .filter((l) => corpus.articles.some((a) => a.headline.value.startsWith(l.replace(/…$/, ''))) && l !== '');

describe('the list sorted and filtered', () => {
  it('s sorts newest first, then by outlet, then by headline, then as loaded; the title bar says which', () => {
    const byDate = drive(corpus, initialState(), ['s']);
    expect(listed(byDate.screen)).toEqual(['Newest from the Gazette', 'Middle from the Wire', 'Oldest from the Wire', 'Undated and of no outlet']);
    expect(byDate.screen[0]).toContain('newest first');
    // The cursor stays on its article, now on another row.
    expect(byDate.state.cursor).toBe(0);
    const byOutlet = drive(corpus, byDate.state, ['s']);
    expect(listed(byOutlet.screen)).toEqual(['Newest from the Gazette', 'Middle from the Wire', 'Oldest from the Wire', 'Undated and of no outlet']);
    expect(byOutlet.screen[0]).toContain('by outlet');
    const byHeadline = drive(corpus, byOutlet.state, ['s']);
    expect(listed(byHeadline.screen)).toEqual(['Middle from the Wire', 'Newest from the Gazette', 'Oldest from the Wire', 'Undated and of no outlet']);
    const loaded = drive(corpus, byHeadline.state, ['s']);
    expect(listed(loaded.screen)).toEqual(corpus.articles.map((a) => a.headline.value));
    expect(loaded.state.listView).toBeUndefined();
  });

  it('j and k walk the sorted rows, and the outlet filter keeps the order', () => {
    const walked = drive(corpus, initialState(), ['s', 'g', 'j']);
    expect(walked.state.cursor).toBe(3); // the second newest
    const wire = drive(corpus, walked.state, ['o', 'o']);
    expect(wire.screen[0]).toContain('outlet: Wire (2)');
    expect(listed(wire.screen)).toEqual(['Middle from the Wire', 'Oldest from the Wire']);
    const cleared = drive(corpus, wire.state, ['escape']);
    expect(listed(cleared.screen)).toHaveLength(4);
    expect(listed(cleared.screen)[0]).toBe('Newest from the Gazette');
  });

  it('r shows the unread articles, then the read ones, then all', () => {
    const read = drive(corpus, initialState(), ['j', 'u']);
    expect(read.state.read.has(1)).toBe(true);
    const unread = drive(corpus, read.state, ['r']);
    expect(listed(unread.screen)).toEqual(['Oldest from the Wire', 'Newest from the Gazette', 'Middle from the Wire']);
    expect(unread.screen[0]).toContain('unread only (3)');
    const onlyRead = drive(corpus, unread.state, ['r']);
    expect(listed(onlyRead.screen)).toEqual(['Undated and of no outlet']);
    expect(onlyRead.state.cursor).toBe(1);
    const all = drive(corpus, onlyRead.state, ['r']);
    expect(listed(all.screen)).toHaveLength(4);
  });

  it('with nothing read, "read only" lists nothing, previews nothing, and Enter opens nothing', () => {
    const empty = drive(corpus, initialState(), ['r', 'r']);
    expect(empty.screen.join('\n')).toContain('No articles.');
    expect(empty.screen.join('\n')).toContain('Select an article');
    const entered = drive(corpus, empty.state, ['enter', 'u']);
    expect(entered.state.open).toBeNull();
    expect(entered.state.read.size).toBe(0);
  });

  it('shows s and r in the list’s status line', () => {
    const { screen } = drive(corpus, initialState(), []);
    expect(screen[screen.length - 1]).toMatch(/s sort .*r unread/);
  });
});
