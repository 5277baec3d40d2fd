import { describe, expect, it } from 'vitest';
import { articleKey, corpusKey, emptyReadingState, noChanges } from '../../src/store/readingState';
import { recordPosition, recordReadMarks, restoreSession } from '../../src/ui/session';
import { initialState } from '../../src/ui/state';
import { readerDocument } from '../../src/ui/shared/articleDocument';
import { sampleCorpus } from './fixtures';

const corpus = sampleCorpus();
const keys = { articles: corpus.articles.map(articleKey), corpus: corpusKey(corpus) };

describe('session', () => {
  it('starts at the top with nothing read when nothing is stored', () => {
    const s = restoreSession(corpus, keys, emptyReadingState(), 80);
    expect(s).toMatchObject({ cursor: 0, open: null, focus: 'list' });
    expect(s.read.size).toBe(0);
  });

  it('records read marks by content and restores them', () => {
    const stored = emptyReadingState();
    const changes = noChanges();
    recordReadMarks({ ...initialState(), read: new Set([0, 2]) }, keys, stored, changes, 1);
    expect([...stored.read.keys()]).toEqual([keys.articles[0], keys.articles[2]]);
    const s = restoreSession(corpus, keys, stored, 80);
    expect([...s.read]).toEqual([0, 2]);
    recordReadMarks({ ...initialState(), read: new Set([2]) }, keys, stored, changes, 2);
    expect(stored.read.has(keys.articles[0])).toBe(false);
  });

  it('records only what this session changed, for a save to merge beside other readers', () => {
    const stored = emptyReadingState();
    stored.read.set(keys.articles[1], 1); // read before this session
    const changes = noChanges();
    recordReadMarks({ ...initialState(), read: new Set([0, 1]) }, keys, stored, changes, 5);
    expect([...changes.read]).toEqual([[keys.articles[0], 5]]);
    expect(changes.unread.size).toBe(0);
    recordReadMarks({ ...initialState(), read: new Set([1]) }, keys, stored, changes, 6);
    expect(changes.read.size).toBe(0);
    expect([...changes.unread]).toEqual([keys.articles[0]]);
  });

  it('reopens the last article at the same text, even at another width', () => {
    const stored = emptyReadingState();
    const state = { ...initialState(), cursor: 0, open: 0, focus: 'reader' as const, readerTop: 20 };
    recordPosition(state, corpus, keys, stored, 60, 5);
    const saved = stored.positions.get(keys.corpus)!;
    const topLine = readerDocument(corpus.articles[0], 60)[20];
    expect('span' in topLine && saved.offset === topLine.span.start).toBe(true);

    const same = restoreSession(corpus, keys, stored, 60);
    expect(same).toMatchObject({ open: 0, cursor: 0, focus: 'reader', readerTop: 20 });

    const wider = restoreSession(corpus, keys, stored, 100);
    const line = readerDocument(corpus.articles[0], 100)[wider.readerTop];
    expect('span' in line && line.span.start <= saved.offset && line.span.end > saved.offset).toBe(true);
  });

  it('restores a line above the text exactly at the same width', () => {
    const stored = emptyReadingState();
    recordPosition({ ...initialState(), open: 0, focus: 'reader', readerTop: 1 }, corpus, keys, stored, 20, 5);
    expect(restoreSession(corpus, keys, stored, 20).readerTop).toBe(1);
  });

  it('keeps a stored line or offset past the end of the article within it', () => {
    const stored = emptyReadingState();
    const lines = readerDocument(corpus.articles[0], 60).length;
    stored.positions.set(keys.corpus, { article: keys.articles[0], cursor: keys.articles[0], offset: 1e9, line: 1e9, width: 60, focus: 'reader', updated: 1 });
    expect(restoreSession(corpus, keys, stored, 60).readerTop).toBe(lines - 1);
    expect(restoreSession(corpus, keys, stored, 61).readerTop).toBe(readerDocument(corpus.articles[0], 61).length - 1);
  });

  it('ignores a position whose article is no longer in the corpus', () => {
    const stored = emptyReadingState();
    stored.positions.set(keys.corpus, { article: 'gone', cursor: 'gone', offset: 10, line: 2, width: 80, focus: 'reader', updated: 1 });
    expect(restoreSession(corpus, keys, stored, 80)).toMatchObject({ open: null, cursor: 0, focus: 'list' });
  });
});
