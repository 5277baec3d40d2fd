// An analysis worker thread (built as dist/analysis-worker.js): the per-article work, and, in
// worker 0, the corpus-wide entity merge, and in the writer (writerOf: worker 1 when there are two
// or more), the entity cache's writes, both of which would block the UI thread on a large corpus.
// Merge and writes run in two threads at once: both wait for every article, so in one thread they
// were the pool's serial part. Every worker reads the cache; only the writer writes it, so no two
// threads ever write one shard.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { textHash } from '../../corpus/hash';
import { parseArticleLazily } from '../../corpus/parse';
import type { Article } from '../../corpus/types';
import { openEntityCache, type DiskEntityCache } from '../../store/entityCache';
import { openQuoteCache, type DiskQuoteCache } from '../../store/quoteCache';
import { mergeEntities } from '../entities';
import { entityFacts } from '../entities/mergeFacts';
import { articleEntitySteps, articleQuoteSteps } from '../perArticle';
import { complete } from '../slices';
import { cacheWrites } from './cacheWrites';
import type { ArticleQuotes } from '../quotes/reuse';
import type { ArticleEntities } from '../entities/types';
import { hasQuotationMarks } from '../quotes/marks';
import type { Entity, Quote } from '../types';
import { entityChunkEnd, quoteOwner, WORKER_NICE, writerOf, type ArticleInput, type BetweenWorkers, type FromWorker, type MergeItem, type ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('the analysis worker runs only as a worker thread');

/**
 * While results come in, a cache's writer writes new entries this often (a run killed half-way
 * keeps them), each time for at most SAVE_BUDGET_MS; the rest once all have come. Writing every
 * new entry's shard every second rewrote each shard several times, seconds of CPU on Reuters.
 */
const SAVE_EVERY_MS = 1_000;
const SAVE_BUDGET_MS = 20;

/**
 * Lowers this thread's priority. Linux shares a process's CPU among its threads (autogroups put a
 * whole session in one group), so at equal priority the reader's UI thread waited behind two busy
 * workers for every key; the workers still get all the CPU the UI thread leaves. Elsewhere (no
 * /proc) the scheduler decides.
 */
function giveWayToTheUiThread(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), WORKER_NICE);
  } catch {
    // Not Linux, or not allowed: the analysis only runs at the usual priority.
  }
}
giveWayToTheUiThread();

const reply = (message: FromWorker) => port.postMessage(message);
const articleOf = (input: ArticleInput): Article => ('doc' in input ? parseArticleLazily(input.doc) : input.article);

let cache: DiskEntityCache | null = null;
function cacheAt(dir: string | null): DiskEntityCache | null {
  if (dir === null) return null;
  if (cache?.dir !== dir) cache = openEntityCache(dir);
  return cache;
}

let quoteCache: DiskQuoteCache | null = null;
function quoteCacheAt(dir: string | null): DiskQuoteCache | null {
  if (dir === null) return null;
  if (quoteCache?.dir !== dir) quoteCache = openQuoteCache(dir);
  return quoteCache;
}

// Worker 0's channels to the others; another worker's channel to worker 0 (null in worker 0), and
// to the writer (null in the writer); every channel, by the worker at its other end.
const peers: MessagePort[] = [];
const channels = new Map<number, MessagePort>();
let merger: MessagePort | null = null;
let writer: MessagePort | null = null;
/** This worker's number in the pool, and whether it writes the entity cache. */
const { index: self, size } = (workerData ?? { index: 0, size: 1 }) as { index: number; size: number };
const writes = self === writerOf(size);

// The merger's state: results by corpus index until a merge takes them, with their entities' facts
// for the merge, worked out by the worker that found them: the merge waits for every article, and is
// then the pool's serial part (Reuters: about a third of its CPU is these facts).
const inputs = new Map<number, MergeItem>();
let waiting: Extract<ToWorker, { kind: 'merge' }> | null = null;

const savedReply = (id: number, problems: string | null) => reply({ kind: 'done', id, results: [problems] });
// The writer's writes of the entity cache, and every worker's of the quote cache's shards it owns.
const entityWrites = cacheWrites({ storeAt: (dir) => cacheAt(dir)!, everyMs: SAVE_EVERY_MS, budgetMs: SAVE_BUDGET_MS, saved: savedReply });
const quoteWrites = cacheWrites({ storeAt: (dir) => quoteCacheAt(dir)!, everyMs: SAVE_EVERY_MS, budgetMs: SAVE_BUDGET_MS, saved: savedReply });

// The articles of the last entity stage, parsed, by corpus index: the quote stage asks for them by index.
let kept: { stage: number; articles: Map<number, Article> } = { stage: -1, articles: new Map() };

// The entities quotes are found with, and the tag they were sent or merged under.
let entities: Entity[] = [];
let tag = -1;
/** The merge's entities as JSON, by the index each chunk starts at (entityChunkEnd); cleared when other entities replace them. */
let mergedJson = new Map<number, string>();
const deferred: Extract<ToWorker, { kind: 'quotes' }>[] = [];

function takeInput(items: MergeItem[]): void {
  for (const item of items) inputs.set(item.index, item);
  mergeIfComplete();
}

function mergeIfComplete(): void {
  if (!waiting || inputs.size < waiting.total) return;
  const { id, total, toPeers, tag: merged } = waiting;
  waiting = null;
  const ordered: MergeItem[] = [];
  let hits = 0;
  for (let i = 0; i < total; i++) {
    const input = inputs.get(i);
    if (!input) throw new Error(`the merge is missing article ${i}`);
    ordered.push(input);
    if (input.cached) hits++;
  }
  inputs.clear();
  entities = mergeEntities(ordered);
  setTag(merged);
  // Each chunk is made JSON once, for the other workers and for the main thread's `take`s alike:
  // structured cloning the list for the others as well cost this thread, the pool's serial part,
  // more than that (Reuters: ~165 ms to clone, ~125 ms to stringify, ~230 ms to decode, ~115 to parse).
  mergedJson = new Map();
  for (let from = 0; from < entities.length; ) {
    const end = entityChunkEnd(entities, from);
    mergedJson.set(from, JSON.stringify(entities.slice(from, end)));
    from = end;
  }
  if (toPeers) for (const p of peers) p.postMessage({ kind: 'merged', tag, chunks: [...mergedJson.values()] } satisfies BetweenWorkers);
  reply({ kind: 'done', id, results: [entities.length, hits, total - hits] });
}

/** The merged entities from `from`, a chunk of them, as JSON: made by the merge, else now (the list came from the main thread). */
function entityChunk(from: number): string {
  return mergedJson.get(from) ?? JSON.stringify(entities.slice(from, entityChunkEnd(entities, from)));
}

/** The entities are complete under `next`: quotes waiting for them are found now. */
function setTag(next: number): void {
  tag = next;
  const ready = deferred.filter((q) => q.tag === tag);
  deferred.splice(0, deferred.length, ...deferred.filter((q) => q.tag !== tag));
  for (const q of ready) guarded(q.id, () => findQuotes(q));
}

function findQuotes(message: Extract<ToWorker, { kind: 'quotes' }>): void {
  if (message.tag !== tag) {
    deferred.push(message);
    return;
  }
  const store = quoteCacheAt(message.cacheDir);
  const articles = message.articles?.map(articleOf) ?? message.indices.map((i) => keptArticle(message.stage, i));
  const fresh: [string, ArticleQuotes][] = [];
  let hits = 0;
  const found = articles.map((a): Quote[] => {
    if (!hasQuotationMarks(a.text)) return [];
    const hash = store ? textHash(a.text) : '';
    const result = complete(articleQuoteSteps(a, entities, store?.get(hash, a.text)));
    if (store && result.fresh) fresh.push([hash, result.fresh]);
    else if (store) hits++;
    return result.quotes;
  });
  const byOwner = Array.from({ length: size }, (): [string, ArticleQuotes][] => []);
  for (const item of fresh) byOwner[quoteOwner(item[0], size)].push(item);
  if (message.cacheDir !== null) {
    for (const [owner, items] of byOwner.entries()) {
      if (items.length === 0) continue;
      if (owner === self) quoteWrites.take(message.cacheDir, items);
      else channels.get(owner)!.postMessage({ kind: 'quoteCacheInput', cacheDir: message.cacheDir, items } satisfies BetweenWorkers);
    }
  }
  reply({ kind: 'done', id: message.id, results: [JSON.stringify(found), byOwner.map((items) => items.length), store?.warning ?? null, hits] });
}

function keptArticle(stage: number, index: number): Article {
  const article = kept.stage === stage ? kept.articles.get(index) : undefined;
  if (!article) throw new Error(`article ${index} of stage ${stage} is not kept here`);
  return article;
}

function findEntities(message: Extract<ToWorker, { kind: 'entities' }>): void {
  const store = cacheAt(message.cacheDir);
  if (kept.stage !== message.stage) kept = { stage: message.stage, articles: new Map() };
  const items: MergeItem[] = message.articles.map((input, k) => {
    const article = articleOf(input);
    kept.articles.set(message.indices[k], article);
    const hash = textHash(article.text);
    const cached = store?.get(hash, article.text);
    const result = cached ?? complete(articleEntitySteps(article));
    return { index: message.indices[k], article: article.id, hash, result, cached: cached !== undefined, facts: result.entities.map(entityFacts) };
  });
  if (merger) merger.postMessage({ kind: 'mergeInput', items } satisfies BetweenWorkers);
  else takeInput(items);
  const fresh = items.filter((item) => !item.cached).map((item): [string, ArticleEntities] => [item.hash, item.result]);
  if (message.cacheDir !== null && fresh.length > 0) {
    if (writer) writer.postMessage({ kind: 'cacheInput', cacheDir: message.cacheDir, entries: fresh } satisfies BetweenWorkers);
    else entityWrites.take(message.cacheDir, fresh);
  }
  reply({ kind: 'done', id: message.id, results: [store?.warning ?? null, fresh.length] });
}

function handle(message: ToWorker): void {
  switch (message.kind) {
    case 'connect':
      message.port.on('message', (m: BetweenWorkers) => guarded(-1, () => fromPeer(m)));
      channels.set(message.peer, message.port);
      if (message.peer === 0) merger = message.port;
      else if (self === 0) peers.push(message.port);
      if (message.peer === writerOf(size) && !writes) writer = message.port;
      return;
    case 'entities':
      return findEntities(message);
    case 'merge':
      waiting = message;
      return mergeIfComplete();
    case 'saveEntities':
      return entityWrites.requestSave(message);
    case 'take':
      return reply({ kind: 'done', id: message.id, results: [entityChunk(message.from)] });
    case 'entitiesInput':
      if (message.first) {
        entities = [];
        mergedJson = new Map();
        tag = -1;
      }
      entities.push(...message.entities);
      if (message.last) setTag(message.tag);
      return;
    case 'quotes':
      return findQuotes(message);
    case 'saveQuotes':
      return quoteWrites.requestSave(message);
  }
}

function fromPeer(message: BetweenWorkers): void {
  switch (message.kind) {
    case 'mergeInput':
      return takeInput(message.items);
    case 'cacheInput':
      return entityWrites.take(message.cacheDir, message.entries);
    case 'merged':
      entities = message.chunks.flatMap((json) => JSON.parse(json) as Entity[]);
      return setTag(message.tag);
    case 'quoteCacheInput':
      return quoteWrites.take(message.cacheDir, message.items);
  }
}

function guarded(id: number, work: () => void): void {
  try {
    work();
  } catch (error) {
    reply({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

port.on('message', (message: ToWorker) => guarded('id' in message ? message.id : -1, () => handle(message)));
