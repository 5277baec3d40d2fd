// Earlier search queries, kept between runs so ↑ in an empty prompt can recall them.
// A small JSON file in the state directory, newest last, bounded; written atomically.
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';

/** Queries kept; the oldest go first. */
export const SEARCH_HISTORY_LIMIT = 100;

interface HistoryFile {
  version: 1;
  queries: string[];
}

export function searchHistoryFile(): string {
  return join(storePaths().state, 'search-history.json');
}

function isHistoryFile(value: unknown): value is HistoryFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return file.version === 1 && Array.isArray(file.queries) && file.queries.every((q) => typeof q === 'string');
}

export interface LoadedSearchHistory {
  queries: string[];
  /** Set when the file was damaged and set aside. */
  warning: string | null;
}

export function loadSearchHistory(file = searchHistoryFile()): LoadedSearchHistory {
  const result = readJsonFile(file, isHistoryFile);
  if (result.status === 'missing') return { queries: [], warning: null };
  if (result.status === 'corrupt') {
    const where = result.setAside ? `moved to ${result.setAside}` : 'left in place';
    return { queries: [], warning: `search history ${file} was unreadable (${result.reason}); ${where}, starting afresh` };
  }
  return { queries: result.value.queries.slice(-SEARCH_HISTORY_LIMIT), warning: null };
}

export function saveSearchHistory(queries: readonly string[], file = searchHistoryFile()): void {
  const data: HistoryFile = { version: 1, queries: queries.slice(-SEARCH_HISTORY_LIMIT) };
  writeFileAtomic(file, JSON.stringify(data));
}
