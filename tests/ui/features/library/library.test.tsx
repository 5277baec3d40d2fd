import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/ui/App';
import { renderFrame } from '../../../../src/ui/frame';
import { createNotices } from '../../../../src/ui/notices';
import { initialState } from '../../../../src/ui/state';
import { makeArticle } from '../../fixtures';
import { applyKeys, press, until, viewport } from '../../helpers';

afterEach(() => cleanup());

const corpus = {
  name: 'library',
  problems: [],
  articles: [
    makeArticle({ id: 'a', headline: 'Ferry returns', outlet: 'Harbour Gazette', paragraphs: ['The ferry is back.'] }),
    makeArticle({ id: 'b', headline: 'Orchard harvest', outlet: 'Valley Times', paragraphs: ['Apples early.'] }),
    makeArticle({ id: 'c', headline: 'Tram approved', outlet: 'Harbour Gazette', paragraphs: ['Trams.'] }),
    makeArticle({ id: 'd', headline: 'Untitled note', outlet: null, paragraphs: ['A note.'] }),
  ],
};
const vp = viewport({ articles: 4, outlets: ['Harbour Gazette', 'Valley Times', 'Harbour Gazette', 'unknown outlet'] });

describe('the outlet filter (o)', () => {
  it('steps through the outlets alphabetically, unknown last, then back to all', () => {
    const labels: (string | null)[] = [];
    let state = initialState();
    for (let i = 0; i < 4; i++) {
      state = applyKeys(['o'], state, vp);
      labels.push(state.listFilter ? `${state.listFilter.label} ${state.listFilter.articles.join(',')}` : null);
    }
    expect(labels).toEqual(['outlet: Harbour Gazette 0,2', 'outlet: Valley Times 1', 'outlet: unknown outlet 3', null]);
  });

  it('is named in the title bar and cleared by Esc', () => {
    const filtered = applyKeys(['o', 'o'], initialState(), vp);
    expect(filtered.cursor).toBe(1);
    const frame = renderFrame({ corpus, state: filtered, cols: 100, rows: 20 });
    expect(frame.lines[0].map((s) => s.text).join('')).toContain('filter: outlet: Valley Times (1)');
    expect(applyKeys(['escape'], filtered, vp).listFilter).toBe(null);
  });
});

describe('R: fetching the feeds', () => {
  it('asks the shell to fetch, and shows its progress in the title bar', async () => {
    let fetches = 0;
    const size = { cols: 100, rows: 20 };
    const props = { corpus, size, initial: initialState(), fetchFeeds: () => void fetches++ };
    const { stdin, lastFrame, rerender } = render(<App {...props} />);
    await press(stdin, 'R');
    await until(() => expect(fetches).toBe(1));
    rerender(<App {...props} libraryStatus="fetching 1/3 feeds · 2 new articles" />);
    await until(() => expect(lastFrame()!.split('\n')[0]).toContain('rknews · library · 4 articles · fetching 1/3 feeds · 2 new articles'));
  });

  it('keeps an answer the fetch gives at once (no feeds yet) on the status line', async () => {
    const notices = createNotices();
    const fetchFeeds = () => notices.emit('no feeds yet: rknews feeds add URL');
    const { stdin, lastFrame } = render(<App corpus={corpus} size={{ cols: 100, rows: 20 }} initial={initialState()} notices={notices} fetchFeeds={fetchFeeds} />);
    await press(stdin, 'R');
    await until(() => expect(lastFrame()!.split('\n').at(-1)).toContain('no feeds yet'));
    expect(lastFrame()).not.toContain('fetching feeds…');
  });

  it('says so when the reader shows other files', async () => {
    const { stdin, lastFrame } = render(<App corpus={corpus} size={{ cols: 100, rows: 20 }} initial={initialState()} />);
    await press(stdin, 'R');
    await until(() => expect(lastFrame()).toContain('R fetches feeds into the library'));
  });
});
