// Earlier search queries, kept between runs so ↑ in an empty prompt can recall them.
// A small JSON file in the state directory, newest last, bounded; written atomically. A save
// adds this session's queries to what the file holds then (under its lock), so two readers
// running at once both keep theirs.
import { join } from 'node:path';
import { damagedStateWarning, readJsonFile, writeFileAtomic, type JsonRead } from './atomicFile';
import { withFileLock } from './lock';
import { storePaths } from './paths';
import { SearchHistoryFileSchema, type SearchHistoryFile } from './schemas';

/** Queries kept; the oldest go first. */
export const SEARCH_HISTORY_LIMIT = 100;

export function searchHistoryFile(): string {
  return join(storePaths().state, 'search-history.json');
}

export interface LoadedSearchHistory {
  queries: string[];
  /** Set when the file was damaged and set aside. */
  warning: string | null;
}

function historyOf(result: JsonRead<SearchHistoryFile>, file: string): LoadedSearchHistory {
  if (result.status === 'missing') return { queries: [], warning: null };
  if (result.status === 'corrupt') {
    return { queries: [], warning: damagedStateWarning('search history', file, result) };
  }
  return { queries: result.value.queries.slice(-SEARCH_HISTORY_LIMIT), warning: null };
}

export function loadSearchHistory(file = searchHistoryFile()): LoadedSearchHistory {
  return historyOf(readJsonFile(file, SearchHistoryFileSchema), file);
}

/**
 * Adds queries (oldest first) to the history on disk as it is now, each moved to the newest end
 * if it was there already. Returns a warning when the file was damaged (set aside, and a fresh one
 * written); throws when it cannot be written, or read and not set aside (writing would destroy it).
 */
export function saveSearchHistory(added: readonly string[], file = searchHistoryFile()): string | null {
  return withFileLock(file, () => {
    const result = readJsonFile(file, SearchHistoryFileSchema);
    if (result.status === 'corrupt' && result.setAside === null) throw new Error(`${file} could not be read or set aside; it is left as it is`);
    const { queries, warning } = historyOf(result, file);
    const newest = added.filter((q, i) => added.lastIndexOf(q) === i);
    const merged = [...queries.filter((q) => !newest.includes(q)), ...newest];
    writeFileAtomic(file, JSON.stringify({ version: 1, queries: merged.slice(-SEARCH_HISTORY_LIMIT) }));
    return warning;
  });
}
