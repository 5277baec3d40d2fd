// The on-disk entity cache: one JSON file per analyser version, mapping text hash → result.
// Entries not used by a run are kept (another corpus may need them) up to a cap.
import { join } from 'node:path';
import type { EntityCache } from '../analysis';
import type { ArticleEntities } from '../analysis/entities/types';
import { readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';

declare const __ANALYSIS_VERSION__: string | undefined;

/** Changes whenever the analysis code changes (set by the build), so stale results are never reused. */
const VERSION = typeof __ANALYSIS_VERSION__ === 'string' ? __ANALYSIS_VERSION__ : 'dev';

/** Beyond this many articles the oldest entries are dropped, bounding the file's size. */
const MAX_ENTRIES = 200_000;

interface CacheFile {
  version: string;
  entries: Record<string, ArticleEntities>;
}

const isCacheFile = (v: unknown): v is CacheFile =>
  typeof v === 'object' && v !== null && (v as CacheFile).version === VERSION && typeof (v as CacheFile).entries === 'object';

export interface DiskEntityCache extends EntityCache {
  /** Entries computed this run that are not on disk yet. */
  readonly added: number;
  /** Writes the cache if anything was added. Never throws: a cache is only an optimisation. */
  save(): string | null;
  /** A warning for the user when the file on disk was damaged and set aside. */
  readonly warning: string | null;
}

export function entityCacheFile(dir = storePaths().cache): string {
  return join(dir, `entities-${VERSION}.json`);
}

export function openEntityCache(file = entityCacheFile()): DiskEntityCache {
  const read = readJsonFile(file, isCacheFile);
  const entries = new Map<string, ArticleEntities>(read.status === 'ok' ? Object.entries(read.value.entries) : []);
  const warning =
    read.status === 'corrupt' ? `the analysis cache was unreadable (${read.reason}); set aside as ${read.setAside ?? 'nothing'}` : null;
  let added = 0;
  return {
    get: (hash) => entries.get(hash),
    set(hash, value) {
      entries.set(hash, value);
      added++;
    },
    get added() {
      return added;
    },
    warning,
    save() {
      if (added === 0) return null;
      const kept = [...entries].slice(-MAX_ENTRIES);
      try {
        writeFileAtomic(file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(kept) }));
        added = 0;
        return null;
      } catch (err) {
        return `could not write the analysis cache: ${(err as Error).message}`;
      }
    },
  };
}
