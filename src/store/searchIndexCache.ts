// The search index of the last corpus searched, kept in the cache folder so the next
// `rknews search` on it reads the index instead of rebuilding it. Keyed by a fingerprint of
// the articles' content; a file that is not for them, damaged or unreadable is rebuilt over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../corpus/sanitize';
import type { Article } from '../corpus/types';
import { deserializeIndex, indexKey, serializeIndex } from '../search/persist';
import type { SearchIndex } from '../search/types';
import { removeStaleTempFiles, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';

export function searchIndexFile(dir = storePaths().cache): string {
  return join(dir, 'search-index.bin');
}

export interface CachedIndex {
  index: SearchIndex;
  /** How it was had: read from the cache, or built (and saved). */
  from: 'cache' | 'built';
  /** For the user: the cache could not be written. */
  warning: string | null;
}

export function cachedSearchIndex(articles: readonly Article[], build: () => SearchIndex, file = searchIndexFile()): CachedIndex {
  const key = indexKey(articles);
  removeStaleTempFiles(file); // what a save killed midway left
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(file);
  } catch {
    // No cache yet, or unreadable: built below.
  }
  const read = bytes ? deserializeIndex(bytes, articles, key) : null;
  if (read) return { index: read, from: 'cache', warning: null };
  const index = build();
  try {
    writeFileAtomic(file, serializeIndex(index, key));
    return { index, from: 'built', warning: null };
  } catch (error) {
    return { index, from: 'built', warning: `could not save the search index: ${printable((error as Error).message)}` };
  }
}
