import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchHistory, saveSearchHistory, SEARCH_HISTORY_LIMIT } from '../../src/store/searchHistory';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'rknews-history-')), 'search-history.json');

describe('search history file', () => {
  it('is empty when missing, and keeps queries in order across a save and a load', () => {
    const file = fresh();
    expect(loadSearchHistory(file)).toEqual({ queries: [], warning: null });
    saveSearchHistory(['putin', 'in:quotes by:kim'], file);
    expect(loadSearchHistory(file)).toEqual({ queries: ['putin', 'in:quotes by:kim'], warning: null });
  });

  it(`keeps only the newest ${SEARCH_HISTORY_LIMIT} queries`, () => {
    const file = fresh();
    const many = Array.from({ length: SEARCH_HISTORY_LIMIT + 20 }, (_, i) => `q${i}`);
    saveSearchHistory(many, file);
    const { queries } = loadSearchHistory(file);
    expect(queries).toHaveLength(SEARCH_HISTORY_LIMIT);
    expect(queries[0]).toBe('q20');
    expect(queries.at(-1)).toBe(`q${SEARCH_HISTORY_LIMIT + 19}`);
    expect(JSON.parse(readFileSync(file, 'utf8')).queries).toHaveLength(SEARCH_HISTORY_LIMIT);
  });

  it('sets a corrupt file aside with a warning and starts empty', () => {
    for (const bad of ['{"version":1,"queries":', '{"version":1,"queries":[1,2]}', '[]']) {
      const file = fresh();
      writeFileSync(file, bad);
      const loaded = loadSearchHistory(file);
      expect(loaded.queries).toEqual([]);
      expect(loaded.warning).toMatch(/search history .* unreadable/);
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(join(file, '..')).some((f) => f.startsWith('search-history.json.corrupt-'))).toBe(true);
    }
  });

  it('adds each save to what the file holds, so two readers both keep their queries', () => {
    const file = fresh();
    saveSearchHistory(['a1'], file); // reader A
    saveSearchHistory(['b1', 'b2'], file); // reader B, started before A saved
    saveSearchHistory(['a2', 'b1'], file); // A again: b1 moves to the newest end
    expect(loadSearchHistory(file).queries).toEqual(['a1', 'b2', 'a2', 'b1']);
  });
});
