// The messages between the analysis pool (main thread) and its workers, and between the workers.
// Per-article entity results never pass through the main thread: each worker sends them straight
// to worker 0 (the merger), and the new ones to the writer (writerOf), on MessageChannels.
// What the main thread receives in bulk (merged entities, quotes) comes as JSON text: a string is
// copied in one piece, and parsing it is several times cheaper than structured-clone decoding.
import type { MessagePort } from 'node:worker_threads';
import type { Article, RawDoc } from '../../corpus/types';
import type { EntityFacts } from '../entities/mergeFacts';
import type { ArticleEntities } from '../entities/types';
import type { ArticleQuotes } from '../quotes/reuse';
import type { Entity } from '../types';

/**
 * An article as a worker is sent it: the document a lazily parsed article comes from (the worker
 * parses it: cloning the article would parse it in the main thread, and keep the parse there), or
 * the article itself.
 */
export type ArticleInput = { doc: RawDoc } | { article: Article };

/** One article's entities, from an analysing worker to the merger. */
export interface MergeItem {
  /** The article's index in the corpus: the merge runs in corpus order. */
  index: number;
  article: string;
  hash: string;
  result: ArticleEntities;
  /** Read from the cache, not computed (the cache then needs no write). */
  cached: boolean;
  /**
   * entityFacts of each of its entities, worked out by the worker that found them: when the merger
   * did it for every article, the others' piled up on it after the last article (0.8 s on Reuters).
   */
  facts: EntityFacts[];
}

export type ToWorker =
  /** Worker 0's end of a channel to worker `peer` (sent to worker 0), or a worker's end of its channel to worker 0. */
  | { kind: 'connect'; port: MessagePort; peer: number }
  /**
   * Entities of the articles (`indices` their corpus indices), looked up in the cache at `cacheDir`
   * first: every result goes to the merger, the new ones to the writer; replies `done` with [the
   * cache's warning or null, how many were new]. The worker keeps the articles parsed, for quotes
   * in the same `stage`.
   */
  | { kind: 'entities'; id: number; articles: ArticleInput[]; indices: number[]; cacheDir: string | null; stage: number }
  /** To worker 0: merges the `total` articles' results once all have come; replies `done` with [count, hits, computed]. */
  | { kind: 'merge'; id: number; total: number; tag: number; toPeers: boolean }
  /** To the writer: saves the entity cache once the `expected` new results have come; replies `done` with [warning or null]. */
  | { kind: 'saveEntities'; id: number; cacheDir: string; expected: number }
  /** To worker 0: the merged entities from index `from`, a chunk of them (entityChunkEnd), as JSON: replies `done` with [json]. */
  | { kind: 'take'; id: number; from: number }
  /** The corpus's merged entities (read from a cache), sent in slices: kept for `quotes` under `tag`. */
  | { kind: 'entitiesInput'; entities: Entity[]; first: boolean; last: boolean; tag: number }
  /**
   * Quotes of each article with the entities kept under `tag` (waits for them), looked up in the
   * quote cache at `cacheDir` first: each new result goes to the worker that owns its shard
   * (quoteOwner); replies `done` with [JSON of a Quote[] per article, how many were found afresh for
   * each owner, the cache's warning or null]. The
   * articles are sent, or (null) are the ones at `indices` the worker kept from entity stage `stage`.
   */
  | { kind: 'quotes'; id: number; indices: number[]; articles: ArticleInput[] | null; stage: number; tag: number; cacheDir: string | null }
  /** To every worker: saves the quote cache's shards it owns once the `expected` new results for them have come; replies `done` with [warning or null]. */
  | { kind: 'saveQuotes'; id: number; cacheDir: string; expected: number };

/** Between workers, on their channels. */
export type BetweenWorkers =
  /** From an analysing worker to the merger. */
  | { kind: 'mergeInput'; items: MergeItem[] }
  /** From an analysing worker to the writer: entity results found afresh, by text hash, for the cache. */
  | { kind: 'cacheInput'; cacheDir: string; entries: [string, ArticleEntities][] }
  /** From the merger to the other workers: the merged entities, for quotes, as JSON in chunks (entityChunkEnd). */
  | { kind: 'merged'; tag: number; chunks: string[] }
  /** From a worker to the owner of their shards: quotes found afresh, by text hash, for the quote cache. */
  | { kind: 'quoteCacheInput'; cacheDir: string; items: [string, ArticleQuotes][] };

export type FromWorker =
  | { kind: 'done'; id: number; results: unknown[] }
  | { kind: 'error'; id: number; message: string };

/**
 * The worker that writes the entity cache: worker 1 when there is one, so that it writes while
 * worker 0 merges (both wait for every article's results); else worker 0.
 */
export const writerOf = (size: number): number => (size > 1 ? 1 : 0);

/**
 * The worker that writes the quote cache's entries for a text with hash `hash` (a shard is named by
 * the hash's first characters, shardedCache.ts, so each shard has one owner). The last quotes
 * are found by all workers at once, and the cache's final write, which waits for them, is then
 * shared too: in one worker it was the end of the analysis, with the other idle.
 */
export const quoteOwner = (hash: string, size: number): number => hash.charCodeAt(0) % size;

/** The workers' nice value: below the UI thread's priority, so a key is drawn before analysis goes on. */
export const WORKER_NICE = 10;

/**
 * Entities per `take` reply: receiving one is a bounded step for the main thread. They are asked
 * for one at a time: a worker sending them all at once would have them all received in one step
 * (Node delivers the messages waiting on a port together), which blocked the UI for 1.5 s on Reuters.
 */
export const ENTITY_CHUNK = 2_000;
/** And at most this many mentions per reply (one entity of Reuters has thousands). */
export const CHUNK_MENTIONS = 20_000;

/** Where the chunk of `entities` starting at `from` ends: ENTITY_CHUNK entities or CHUNK_MENTIONS mentions, at least one entity. */
export function entityChunkEnd(entities: readonly { mentions: readonly unknown[] }[], from: number): number {
  let end = from;
  let mentions = 0;
  while (end < entities.length && end - from < ENTITY_CHUNK && (end === from || mentions + entities[end].mentions.length <= CHUNK_MENTIONS)) {
    mentions += entities[end].mentions.length;
    end++;
  }
  return end;
}
