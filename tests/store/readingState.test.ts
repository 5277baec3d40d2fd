import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storePaths } from '../../src/store/paths';
import {
  articleKey,
  corpusKey,
  emptyReadingState,
  loadReadingState,
  readingStateFile,
  saveReadingState,
} from '../../src/store/readingState';

afterEach(() => vi.unstubAllEnvs());

describe('store paths', () => {
  it('honour XDG_STATE_HOME and XDG_CACHE_HOME', () => {
    vi.stubEnv('XDG_STATE_HOME', '/tmp/xdg-state');
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg-cache');
    expect(storePaths()).toEqual({ state: '/tmp/xdg-state/rknews', cache: '/tmp/xdg-cache/rknews' });
    expect(readingStateFile()).toBe('/tmp/xdg-state/rknews/reading-state.json');
  });
});

describe('reading state', () => {
  it('keys articles by content and corpora by their sorted paths', () => {
    expect(articleKey({ text: 'same' })).toBe(articleKey({ text: 'same' }));
    expect(articleKey({ text: 'same' })).not.toBe(articleKey({ text: 'other' }));
    const a = { path: '/a' } as never;
    const b = { path: '/b' } as never;
    expect(corpusKey({ articles: [a, b] })).toBe(corpusKey({ articles: [b, a] }));
    expect(corpusKey({ articles: [a] })).not.toBe(corpusKey({ articles: [a, b] }));
  });

  it('survives a save and a load', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const state = emptyReadingState();
    state.read.set('k1', 10);
    state.positions.set('c1', { article: 'k1', cursor: 'k1', offset: 42, line: 3, width: 70, focus: 'reader', updated: 11 });
    saveReadingState(state, file);
    const loaded = loadReadingState(file);
    expect(loaded.warning).toBeNull();
    expect(loaded.state).toEqual(state);
  });

  it('starts afresh with a warning when the file is corrupt, and keeps the bad file aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    writeFileSync(file, '{"version":1,"read":{"k":"yesterday"},"positions":{}}');
    const loaded = loadReadingState(file);
    expect(loaded.state.read.size).toBe(0);
    expect(loaded.warning).toMatch(/unreadable.*moved to .*corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith('rs.json.corrupt-'))).toBe(true);
  });

  it('keeps only the most recent positions', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const state = emptyReadingState();
    for (let i = 0; i < 250; i++) state.positions.set(`c${i}`, { article: null, cursor: null, offset: 0, line: 0, width: 80, focus: 'list', updated: i });
    saveReadingState(state, file);
    const loaded = loadReadingState(file).state;
    expect(loaded.positions.size).toBe(200);
    expect(loaded.positions.has('c249')).toBe(true);
    expect(loaded.positions.has('c0')).toBe(false);
  });
});
