// A per-article cache on disk: results by text hash, in a folder per analyser version, sharded by
// the hash's first character (64 shards), so that adding ten articles to a cached corpus rewrites at
// most ten shards rather than the whole cache. Not more shards: creating a file costs about a
// millisecond here, and a cold Reuters run once spent 4 s writing 4,096 of them (1,400 quote shards
// were 20% of a bbc run's CPU). A shard is read when first needed; a damaged shard is set
// aside and its entries recomputed, an invalid entry dropped and recomputed. Entries not used by a
// run are kept (another corpus may need them) up to a cap per shard.
import { join } from 'node:path';
import type { PoolCache } from '../analysis/pool/run';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { printable } from '../corpus/sanitize';
import { damagedCacheWarning, readJsonFile, removeStaleTempFilesIn, writeFileAtomic } from './atomicFile';
import { CacheShardSchema } from './schemas';

/** Beyond this many articles in one shard its oldest entries are dropped (about 260,000 in all). */
const MAX_SHARD_ENTRIES = 4096;

export interface CacheStats {
  /** Articles whose cached result was used. */
  hits: number;
  /** Articles analysed afresh (no entry, or an invalid one). */
  computed: number;
}

export interface ShardedCache<T> {
  /** The cached result for the text with this hash; the text lets the cache check the result's offsets. */
  get(hash: string, text: string): T | undefined;
  set(hash: string, value: T): void;
  /** The cache's folder; corpus-level results are kept beside it (corpusCache.ts). */
  readonly dir: string;
  /** Entries computed this run that are not on disk yet. */
  readonly added: number;
  /** Writes every shard that has new entries. Never throws: a cache is only an optimisation. */
  save(): string | null;
  /** Writes shards with new entries until `budgetMs` is spent (a bounded step while analysis runs). */
  saveSome(budgetMs: number): string | null;
  /** A warning for the user when shards on disk were damaged and set aside, or held invalid entries. */
  readonly warning: string | null;
  readonly stats: CacheStats;
  /** Pool workers read and write the cache themselves, and report here what came of it. */
  readonly pool: PoolCache;
}

export interface ShardedCacheKind<T> {
  /** What the user's messages call it ("analysis", "quote"). */
  what: string;
  /** An entry read from disk when it is fit for this text (the right shape, offsets inside the text); else undefined. */
  valid(raw: unknown, text: string): T | undefined;
}

export function openShardedCache<T>(dir: string, kind: ShardedCacheKind<T>): ShardedCache<T> {
  interface Shard {
    /** Entries from disk stay unchecked until used; checked ones and new ones are known good. */
    entries: Map<string, unknown>;
    checked: Set<string>;
    dirty: boolean;
  }
  const shards = new Map<string, Shard>();
  const setAside: string[] = [];
  let invalid = 0;
  let added = 0;
  // What pool workers, which use the cache themselves, reported (see absorb).
  const fromWorkers: string[] = [];
  // Their writes still going on after the stage that asked for them returned (see PoolCache.saving).
  const writes: Promise<string | null>[] = [];
  const stats: CacheStats = { hits: 0, computed: 0 };
  // Entries read this run: each a hit, unless the caller then replaces it (a quote cache entry
  // made with other entities, say), when it was not used after all.
  const read = new Set<string>();
  let cleaned = false;
  const fileOf = (name: string) => join(dir, `${name}.json`);

  function shardOf(hash: string): Shard {
    const name = hash.slice(0, 1);
    let shard = shards.get(name);
    if (shard) return shard;
    // What killed writes left behind is cleared once for the folder, not once per shard.
    if (!cleaned) removeStaleTempFilesIn(dir);
    cleaned = true;
    const read = readJsonFile(fileOf(name), CacheShardSchema(ANALYSIS_VERSION), { tempFilesCleaned: true });
    if (read.status === 'corrupt') setAside.push(damagedCacheWarning(kind.what, read));
    shard = { entries: new Map(read.status === 'ok' ? Object.entries(read.value.entries) : []), checked: new Set(), dirty: false };
    shards.set(name, shard);
    return shard;
  }

  function write(name: string, shard: Shard): string | null {
    const kept = [...shard.entries].slice(-MAX_SHARD_ENTRIES);
    try {
      writeFileAtomic(fileOf(name), JSON.stringify({ version: ANALYSIS_VERSION, entries: Object.fromEntries(kept) }));
      shard.dirty = false;
      return null;
    } catch (err) {
      return `could not write the ${kind.what} cache: ${printable((err as Error).message)}`;
    }
  }

  function saveWithin(budgetMs: number): string | null {
    const start = performance.now();
    for (const [name, shard] of shards) {
      if (!shard.dirty) continue;
      const error = write(name, shard);
      if (error) return error;
      if (performance.now() - start >= budgetMs) break;
    }
    added = [...shards.values()].some((s) => s.dirty) ? added : 0;
    return null;
  }

  return {
    dir,
    get(hash, text) {
      const shard = shardOf(hash);
      const raw = shard.entries.get(hash);
      if (raw === undefined) return undefined;
      if (shard.checked.has(hash)) {
        stats.hits++;
        read.add(hash);
        return raw as T;
      }
      const entry = kind.valid(raw, text);
      if (entry) {
        shard.entries.set(hash, entry);
        shard.checked.add(hash);
        stats.hits++;
        read.add(hash);
      } else {
        shard.entries.delete(hash);
        shard.dirty = true;
        invalid++;
      }
      return entry;
    },
    set(hash, value) {
      const shard = shardOf(hash);
      // Re-inserted last: the newest entries survive a shard's cap.
      shard.entries.delete(hash);
      shard.entries.set(hash, value);
      shard.checked.add(hash);
      shard.dirty = true;
      added++;
      stats.computed++;
      if (read.delete(hash)) stats.hits--;
    },
    get added() {
      return added;
    },
    get stats() {
      return { ...stats };
    },
    get warning() {
      const parts: string[] = [];
      if (setAside.length > 0) parts.push(setAside.length === 1 ? setAside[0] : `${setAside[0]} (and ${setAside.length - 1} more damaged shards)`);
      if (invalid) parts.push(`${invalid} ${kind.what} cache entr${invalid === 1 ? 'y was' : 'ies were'} invalid and recomputed`);
      parts.push(...fromWorkers);
      return parts.length > 0 ? parts.join('; ') : null;
    },
    pool: {
      dir,
      absorb(report) {
        stats.hits += report.hits;
        stats.computed += report.computed;
        fromWorkers.push(...report.warnings);
      },
      saving(write) {
        writes.push(write);
      },
      async settled() {
        const problems = await Promise.all(writes.splice(0));
        return problems.filter((p): p is string => p !== null);
      },
    },
    save: () => saveWithin(Infinity),
    saveSome: saveWithin,
  };
}
