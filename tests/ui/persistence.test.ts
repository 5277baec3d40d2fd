import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleKey, corpusKey, emptyReadingState, loadReadingState, saveReadingState } from '../../src/store/readingState';
import { loadSearchHistory, saveSearchHistory } from '../../src/store/searchHistory';
import { SAVE_DELAY_MS, startPersistence } from '../../src/ui/persistence';
import { initialState, type UiState } from '../../src/ui/state';
import { sampleCorpus } from './fixtures';

const corpus = sampleCorpus();
const keys = { articles: corpus.articles.map(articleKey), corpus: corpusKey(corpus) };

/** A state folder that cannot be written: its path runs through a regular file (fails even as root). */
function unwritableFolder(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rknews-persist-')), 'a-file');
  writeFileSync(file, '');
  return join(file, 'state');
}

/** `dir` is read at each save, so a test can make a failing folder writable again. */
function persistence(dir: string | (() => string), notes: string[]) {
  const folder = typeof dir === 'string' ? () => dir : dir;
  return startPersistence({
    corpus,
    keys,
    stored: emptyReadingState(),
    initial: initialState(),
    textWidth: () => 60,
    notify: (text) => notes.push(text),
    saveState: (changes) => saveReadingState(changes, join(folder(), 'reading-state.json')),
    saveHistory: (queries) => saveSearchHistory(queries, join(folder(), 'search-history.json')),
  });
}

const withRead = (read: number[]): UiState => ({ ...initialState(), read: new Set(read) });
const withHistory = (s: UiState, history: string[]): UiState => ({ ...s, search: { ...s.search, history } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saving the session while the reader runs', () => {
  it('saves read marks shortly after they change, together, off the key path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-persist-'));
    const file = join(dir, 'reading-state.json');
    const p = persistence(dir, []);
    p.onState(withRead([0]));
    p.onState(withRead([0, 1]));
    expect(loadReadingState(file).state.read.size).toBe(0); // not yet: the keys are still coming
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect([...loadReadingState(file).state.read.keys()]).toEqual([keys.articles[0], keys.articles[1]]);
  });

  it('reports a failed save of the read marks on the status line when it happens, and at exit', () => {
    const notes: string[] = [];
    const p = persistence(unwritableFolder(), notes);
    p.onState(withRead([0]));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(notes).toEqual([expect.stringMatching(/^could not save the reading state: ENOTDIR/)]);
    p.flush();
    expect(p.problems()).toEqual([expect.stringMatching(/^could not save the reading state: ENOTDIR/)]);
  });

  it('reports a failed save of the search history too', () => {
    const notes: string[] = [];
    const p = persistence(unwritableFolder(), notes);
    p.onState(withHistory(initialState(), ['putin']));
    expect(notes).toEqual([expect.stringMatching(/^could not save the search history: ENOTDIR/)]);
    expect(p.problems()).toEqual([expect.stringMatching(/^could not save the search history/)]);
  });

  it('keeps what failed to save and saves it with the next attempt', () => {
    const notes: string[] = [];
    let dir = unwritableFolder();
    const p = persistence(() => dir, notes);
    p.onState(withHistory(withRead([0]), ['putin']));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(notes).toHaveLength(2);
    dir = mkdtempSync(join(tmpdir(), 'rknews-persist-')); // the folder is writable again
    p.onState(withHistory(withRead([0, 2]), ['putin', 'kim']));
    p.flush();
    expect([...loadReadingState(join(dir, 'reading-state.json')).state.read.keys()].sort()).toEqual([keys.articles[0], keys.articles[2]].sort());
    expect(loadSearchHistory(join(dir, 'search-history.json')).queries).toEqual(['putin', 'kim']);
    expect(p.problems()).toEqual([]);
  });

  it('saves the position on the way out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-persist-'));
    const p = persistence(dir, []);
    p.onState({ ...initialState(), cursor: 1, open: 1, focus: 'reader' });
    p.flush();
    expect(loadReadingState(join(dir, 'reading-state.json')).state.positions.get(keys.corpus)).toMatchObject({ article: keys.articles[1], focus: 'reader' });
  });
});
