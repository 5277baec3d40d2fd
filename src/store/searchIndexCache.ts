// The search index of the last corpus searched, kept in the cache folder so the next
// `rknews search` or reader on it reads the index instead of rebuilding it. Keyed by a
// fingerprint of the articles' content; a file that is not for them, damaged or unreadable is
// rebuilt over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../corpus/sanitize';
import type { Article } from '../corpus/types';
import { startIndexBuild, type IndexBuild } from '../search/build';
import { deserializeIndex, indexKey, indexKeySteps, serializeIndex } from '../search/persist';
import type { SearchIndex } from '../search/types';
import { removeStaleTempFiles, writeFileAtomic, writeFileAtomicAsync } from './atomicFile';
import { storePaths } from './paths';

function searchIndexFile(dir = storePaths().cache): string {
  return join(dir, 'search-index.bin');
}

export interface CachedIndex {
  index: SearchIndex;
  /** How it was had: read from the cache, or built (and saved). */
  from: 'cache' | 'built';
  /** For the user: the cache could not be written. */
  warning: string | null;
}

/** The cache file's bytes, or null when there is none or it cannot be read. */
function readBytes(file: string): Buffer | null {
  removeStaleTempFiles(file); // what a save killed midway left
  try {
    return readFileSync(file);
  } catch {
    return null; // no cache yet, or unreadable: built instead
  }
}

/** The index the cache file holds for these articles (keyed `key`), or null. */
function readIndex(articles: readonly Article[], key: string, file: string): SearchIndex | null {
  const bytes = readBytes(file);
  return bytes ? deserializeIndex(bytes, articles, key) : null;
}

const saveWarning = (error: unknown) => `could not save the search index: ${printable((error as Error).message)}`;

/** Writes an index's bytes; the user's warning when they could not be written. */
function writeIndex(bytes: Buffer, file: string): string | null {
  try {
    writeFileAtomic(file, bytes);
    return null;
  } catch (error) {
    return saveWarning(error);
  }
}

export function cachedSearchIndex(articles: readonly Article[], build: () => SearchIndex, file = searchIndexFile()): CachedIndex {
  const key = indexKey(articles);
  const read = readIndex(articles, key, file);
  if (read) return { index: read, from: 'cache', warning: null };
  const index = build();
  return { index, from: 'built', warning: writeIndex(serializeIndex(index, key), file) };
}

export interface CachedIndexBuild extends IndexBuild {
  /** Once done: whether the index was read from the cache or built; the save's warning, if any. */
  readonly from: CachedIndex['from'] | null;
  readonly warning: string | null;
}

/**
 * The reader's index build, a slice at a time: the articles' key is hashed in slices, then one
 * slice reads the cache file and the next reads the index from its bytes (tens of milliseconds
 * each on Reuters, where building takes seconds); when the file holds no index for these
 * articles, the index is built in slices (startIndexBuild), laid out in one more, and written
 * without blocking (steps say "not done" until the write settles, so its warning is known by then).
 */
export function startCachedIndexBuild(articles: readonly Article[], file = searchIndexFile()): CachedIndexBuild {
  const keying = indexKeySteps(articles);
  let key: string | null = null;
  let bytes: Buffer | null | undefined;
  let build: IndexBuild | null = null;
  let serialized: Buffer | null = null;
  let writing: Promise<void> | null = null;
  let written = false;
  let index: SearchIndex | null = null;
  let from: CachedIndex['from'] | null = null;
  let warning: string | null = null;
  return {
    step(budgetMs) {
      const until = performance.now() + budgetMs;
      while (key === null) {
        const next = keying.next();
        if (next.done) key = next.value;
        else if (performance.now() >= until) return false;
      }
      if (index) return true;
      if (!build) {
        if (bytes === undefined) {
          bytes = readBytes(file);
          return false;
        }
        index = bytes ? deserializeIndex(bytes, articles, key) : null;
        bytes = null;
        if (index) {
          from = 'cache';
          return true;
        }
        build = startIndexBuild(articles);
        return false;
      }
      // Laid out in one slice, then written asynchronously: at 100,000 articles a write at once held the UI thread for 0.67 s.
      if (!serialized) {
        if (!build.step(Math.max(0, until - performance.now()))) return false;
        serialized = serializeIndex(build.finish(), key);
        return false;
      }
      if (!writing) {
        writing = writeFileAtomicAsync(file, serialized).then(
          () => void (written = true),
          (error: unknown) => {
            warning = saveWarning(error);
            written = true;
          },
        );
      }
      if (!written) return false;
      index = build.finish();
      from = 'built';
      serialized = null;
      return true;
    },
    get done() {
      return index ? articles.length : (build?.done ?? 0);
    },
    /** The index now: what is left is done at once, the write included unless it is under way (it then goes on). */
    finish() {
      while (!index && !writing) {
        if (serialized) {
          index = build!.finish();
          from = 'built';
          warning = writeIndex(serialized, file);
          serialized = null;
        } else this.step(Infinity);
      }
      if (!index) {
        index = build!.finish();
        from = 'built';
      }
      return index;
    },
    get from() {
      return from;
    },
    get warning() {
      return warning;
    },
  };
}
