// Corpus analysis on the worker pool. The main thread deals the articles out in batches and counts
// the replies; the workers look results up in the on-disk cache themselves, send what they find
// straight to worker 0, which merges and passes the merged entities on to the others for quotes,
// and what they computed to the writer, which writes the cache meanwhile. The main thread
// receives only the merged entities and the quotes, as JSON, a bounded chunk at a time, so a UI on
// it is never blocked for long and holds no per-article results.
import { sourceOf } from '../../corpus/parse';
import type { Article } from '../../corpus/types';
import { inSlices, REPORT_MS } from '../slices';
import type { Entity, Quote } from '../types';
import type { AnalysisPool } from './pool';
import { writerOf, type ArticleInput, type ToWorker } from './protocol';

/** A batch holds up to this many articles, or this much text: a reply is a small step to receive. */
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 64_000;
/** Batches each worker has at once: it starts the next while the main thread receives the last. */
const IN_FLIGHT = 2;
/** Entities per message when sending the workers entities they did not merge (read from a cache). */
const SEND_CHUNK = 2_000;

/** What the workers' use of an on-disk entity cache comes to, for its owner in this thread. */
export interface PoolCacheReport {
  hits: number;
  computed: number;
  warnings: string[];
}

/** An entity cache kept on disk, which the workers read and write themselves. */
export interface PoolCache {
  readonly dir: string;
  /** Takes in the counts and warnings of the workers' use of it. */
  absorb(report: PoolCacheReport): void;
  /** Takes in a write of it the workers finish after the stage that asked for it has returned; it ends with its problems or null. */
  saving(write: Promise<string | null>): void;
  /** Waits for the writes taken in by `saving`, and gives their problems. */
  settled(): Promise<string[]>;
}

const forWorker = (article: Article): ArticleInput => {
  const doc = sourceOf(article);
  return doc ? { doc } : { article };
};

/**
 * The batches each worker analysed in an entity stage (`stage`): it keeps those articles parsed,
 * so the quote stage gives it the same ones by index, neither sent nor parsed again.
 */
interface Placement {
  articles: readonly Article[];
  stage: number;
  byWorker: number[][][];
}
const placed = new WeakMap<AnalysisPool, Placement>();

/** The entity list the pool's workers hold (merged there or sent), and its tag, for finding quotes. */
const held = new WeakMap<AnalysisPool, { entities: Entity[]; tag: number }>();

function batchesOf(articles: readonly Article[]): number[][] {
  const out: number[][] = [];
  let batch: number[] = [];
  let chars = 0;
  for (let i = 0; i < articles.length; i++) {
    if (batch.length > 0 && (batch.length >= BATCH_ARTICLES || chars + articles[i].text.length > BATCH_CHARS)) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(i);
    chars += articles[i].text.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

interface Progress {
  progress: (done: number) => void;
  signal?: AbortSignal;
}

/**
 * Deals batches out to the workers (`nextBatch` gives a worker its next one), `request` making each
 * batch's message, and hands each reply to `onReply`; progress counts the articles of the batches done.
 */
async function dispatch(
  pool: AnalysisPool,
  total: number,
  nextBatch: (worker: number) => number[] | undefined,
  request: (batch: number[]) => ToWorker & { id: number },
  onReply: (worker: number, batch: number[], results: unknown[]) => void,
  { progress, signal }: Progress,
): Promise<void> {
  signal?.throwIfAborted();
  let running = 0;
  let done = 0;
  let reported = -Infinity;
  await new Promise<void>((resolve, reject) => {
    const launch = (worker: number) => {
      const batch = nextBatch(worker);
      if (!batch) {
        if (running === 0) resolve();
        return;
      }
      running++;
      pool.request(worker, request(batch)).then((results) => {
        running--;
        onReply(worker, batch, results);
        done += batch.length;
        if (performance.now() - reported >= REPORT_MS) {
          progress(done);
          reported = performance.now();
        }
        launch(worker);
      }, reject);
    };
    for (let k = 0; k < IN_FLIGHT; k++) for (let w = 0; w < pool.size; w++) launch(w);
  });
  signal?.throwIfAborted();
  if (total > 0) progress(total);
}

/**
 * A worker's own batches first (it kept their articles), then, once they are done, the last batch
 * of the worker with the most left (`stolen` records it: its articles are sent, to be parsed
 * again): a worker slowed by other work (worker 0 merging) no longer holds up the stage's end.
 */
function ownFirst(queues: number[][][], stolen: Set<number[]>): (worker: number) => number[] | undefined {
  return (worker) => {
    const own = queues[worker].shift();
    if (own) return own;
    const batch = queues.reduce((a, b) => (b.length > a.length ? b : a)).pop();
    if (batch) stolen.add(batch);
    return batch;
  };
}

/** Batches taken in turn by whichever worker is free; `taken` records which worker took each. */
function sharedQueue(batches: number[][], taken?: number[][][]): (worker: number) => number[] | undefined {
  let next = 0;
  return (worker) => {
    const batch = batches[next++];
    if (batch) taken?.[worker].push(batch);
    return batch;
  };
}

/**
 * The corpus's merged entities. With `forAll`, the merger also leaves them with every worker, for
 * finding quotes next.
 */
export async function entitiesInPool(articles: readonly Article[], pool: AnalysisPool, opts: Progress & { cache?: PoolCache; forAll: boolean }): Promise<Entity[]> {
  const cacheDir = opts.cache?.dir ?? null;
  // Each worker's reply carries its cache's warning so far: the last one says all.
  const readWarnings = new Map<number, string>();
  let fresh = 0;
  const placement: Placement = { articles, stage: pool.nextId(), byWorker: Array.from({ length: pool.size }, () => []) };
  await dispatch(
    pool,
    articles.length,
    sharedQueue(batchesOf(articles), placement.byWorker),
    (batch) => ({ kind: 'entities', id: pool.nextId(), articles: batch.map((i) => forWorker(articles[i])), indices: batch, cacheDir, stage: placement.stage }),
    (worker, _batch, [warning, found]) => {
      if (typeof warning === 'string') readWarnings.set(worker, warning);
      fresh += found as number;
    },
    opts,
  );
  placed.set(pool, placement);
  const tag = pool.nextId();
  // The merge and the writer's writes both wait for every article's results; in two threads at once
  // they are no longer the pool's serial part. A writer that fails leaves the cache unwritten, which
  // a warning says (the cache is only an optimisation), never a rejection that nobody awaits yet.
  const merged = pool.request(0, { kind: 'merge', id: pool.nextId(), total: articles.length, tag, toPeers: opts.forAll });
  const saved =
    cacheDir === null
      ? null
      : pool.request(writerOf(pool.size), { kind: 'saveEntities', id: pool.nextId(), cacheDir, expected: fresh }).then(
          ([problems]) => problems as string | null,
          (error: Error) => `the analysis cache was not written: ${error.message}`,
        );
  const [count, hits, computed] = (await merged) as [number, number, number];
  const saveWarning = saved && !opts.forAll ? await saved : null;
  const warnings = new Set([...readWarnings.values(), ...(saveWarning ? [saveWarning] : [])]);
  opts.cache?.absorb({ hits, computed, warnings: [...warnings] });
  // Quotes come next: the merger starts on them while the writer may still write (with 4,096 shards
  // Reuters' final save outlasted the merge by up to 1.4 s, the merger idle; a larger corpus's save
  // can still outlast it); the cache's owner waits for the write.
  if (saved && opts.forAll) opts.cache?.saving(saved);
  const entities: Entity[] = [];
  while (entities.length < count) {
    const [json] = (await pool.request(0, { kind: 'take', id: pool.nextId(), from: entities.length })) as [string];
    const chunk = JSON.parse(json) as Entity[];
    if (chunk.length === 0) throw new Error(`analysis worker 1 merged ${count} entities but handed back ${entities.length}`);
    for (const e of chunk) entities.push(e);
  }
  opts.signal?.throwIfAborted();
  if (opts.forAll) held.set(pool, { entities, tag });
  return entities;
}

/** Sends every worker the entities, a slice at a time (at least one message, which completes them). */
async function sendEntities(pool: AnalysisPool, entities: Entity[], tag: number, signal?: AbortSignal): Promise<void> {
  function* steps() {
    for (let i = 0; i === 0 || i < entities.length; i += SEND_CHUNK) {
      const message: ToWorker = { kind: 'entitiesInput', entities: entities.slice(i, i + SEND_CHUNK), first: i === 0, last: i + SEND_CHUNK >= entities.length, tag };
      for (let w = 0; w < pool.size; w++) pool.post(w, message);
      yield i;
    }
  }
  await inSlices(steps(), 0, () => {}, signal);
}

export async function quotesInPool(articles: readonly Article[], entities: Entity[], pool: AnalysisPool, opts: Progress & { cache?: PoolCache }): Promise<Quote[]> {
  const cacheDir = opts.cache?.dir ?? null;
  const fresh = new Array<number>(pool.size).fill(0);
  let hits = 0;
  const readWarnings = new Map<number, string>();
  let tag = held.get(pool)?.entities === entities ? held.get(pool)!.tag : null;
  if (tag === null) {
    tag = pool.nextId();
    await sendEntities(pool, entities, tag, opts.signal);
    held.set(pool, { entities, tag });
  }
  const perArticle: Quote[][] = new Array(articles.length);
  const place = placed.get(pool);
  const kept = place?.articles === articles ? place : null;
  const queues = kept?.byWorker.map((batches) => [...batches]);
  const stolen = new Set<number[]>();
  await dispatch(
    pool,
    articles.length,
    queues ? ownFirst(queues, stolen) : sharedQueue(batchesOf(articles)),
    (batch) => ({ kind: 'quotes', id: pool.nextId(), indices: batch, articles: kept && !stolen.has(batch) ? null : batch.map((i) => forWorker(articles[i])), stage: kept?.stage ?? -1, tag, cacheDir }),
    (worker, batch, [json, byOwner, warning, cached]) => {
      const found = JSON.parse(json as string) as Quote[][];
      batch.forEach((i, k) => (perArticle[i] = found[k]));
      (byOwner as number[]).forEach((n, owner) => (fresh[owner] += n));
      hits += cached as number;
      if (typeof warning === 'string') readWarnings.set(worker, warning);
    },
    opts,
  );
  if (opts.cache && cacheDir !== null) {
    // Every worker writes the shards it owns (quoteOwner), all at once.
    const saved = (await Promise.all(fresh.map((expected, w) => pool.request(w, { kind: 'saveQuotes', id: pool.nextId(), cacheDir, expected })))) as [string | null][];
    const computed = fresh.reduce((a, b) => a + b, 0);
    const warnings = new Set([...readWarnings.values(), ...saved.flatMap(([w]) => (w ? [w] : []))]);
    opts.cache.absorb({ hits, computed, warnings: [...warnings] });
  }
  return perArticle.flat();
}
