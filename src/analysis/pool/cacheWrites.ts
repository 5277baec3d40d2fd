// A worker's writes to one per-article cache: new entries are taken in as they come and written
// now and then (a run killed half-way keeps them), each time for at most a budget; the rest once
// every entry a save request counts has come (they arrive on several channels, in any order).
import type { ShardedCache } from '../../store/shardedCache';

/** A save request: reply to `id` once `expected` new entries for the cache in `cacheDir` have come. */
export interface SaveRequest {
  id: number;
  cacheDir: string;
  expected: number;
}

export interface CacheWritesOptions<T> {
  /** The cache in a folder (kept open across requests). */
  storeAt(dir: string): ShardedCache<T>;
  /** How often entries are written while they come, and for how long at most each time. */
  everyMs: number;
  budgetMs: number;
  /** Called when a request's entries are all saved, with the warnings and errors to report (or null). */
  saved(id: number, problems: string | null): void;
}

export interface CacheWrites<T> {
  take(cacheDir: string, entries: readonly (readonly [string, T])[]): void;
  requestSave(request: SaveRequest): void;
}

export function cacheWrites<T>({ storeAt, everyMs, budgetMs, saved }: CacheWritesOptions<T>): CacheWrites<T> {
  let taken = 0;
  let request: SaveRequest | null = null;
  let lastSave = performance.now();
  let error: string | null = null;

  const saveIfComplete = () => {
    if (!request || taken < request.expected) return;
    const { id, cacheDir } = request;
    request = null;
    taken = 0;
    const store = storeAt(cacheDir);
    const failure = error ?? store.save();
    error = null;
    saved(id, [store.warning, failure].filter(Boolean).join('; ') || null);
  };

  return {
    take(cacheDir, entries) {
      const store = storeAt(cacheDir);
      for (const [hash, value] of entries) store.set(hash, value);
      taken += entries.length;
      if (performance.now() - lastSave >= everyMs) {
        error ??= store.saveSome(budgetMs);
        lastSave = performance.now();
      }
      saveIfComplete();
    },
    requestSave(next) {
      request = next;
      saveIfComplete();
    },
  };
}
