// Corpus analysis on the worker pool: the main thread looks results up in the cache, deals the
// remaining articles out in batches, and receives what the workers send back, every step of it
// bounded (a batch, a slice of results, a chunk of entities), so a UI on the main thread is never
// blocked for long. The corpus-wide entity merge runs in the workers too.
import { textHash } from '../../corpus/hash';
import type { Article } from '../../corpus/types';
import type { EntityCache } from '../index';
import type { ArticleEntities } from '../entities/types';
import { inSlices } from '../slices';
import type { Entity, Quote } from '../types';
import type { AnalysisPool } from './pool';
import type { PerArticleEntities } from './protocol';

/** A batch holds up to this many articles, or this much text: a reply is a small step to receive. */
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 64_000;
/** Batches each worker has at once: it starts the next while the main thread receives the last. */
const IN_FLIGHT = 2;
/** Per-article results per merge-input message. */
const MERGE_CHUNK = 250;

/** The entity list the pool's workers hold (merged there or sent), for finding quotes. */
const held = new WeakMap<AnalysisPool, Entity[]>();

function batchesOf(articles: readonly Article[], indices: readonly number[]): number[][] {
  const out: number[][] = [];
  let batch: number[] = [];
  let chars = 0;
  for (const i of indices) {
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

/** Deals the articles at `indices` out to the workers and hands each reply's results to `onResult`. */
async function dispatch<R>(
  pool: AnalysisPool,
  kind: 'entities' | 'quotes',
  articles: readonly Article[],
  indices: readonly number[],
  onResult: (index: number, result: R) => void,
  doneBefore: number,
  { progress, signal }: Progress,
): Promise<void> {
  signal?.throwIfAborted();
  const batches = batchesOf(articles, indices);
  let next = 0;
  let running = 0;
  let done = doneBefore;
  let reported = -Infinity;
  await new Promise<void>((resolve, reject) => {
    const launch = (worker: number) => {
      if (next >= batches.length) {
        if (running === 0) resolve();
        return;
      }
      const batch = batches[next++];
      running++;
      pool.request(worker, { kind, id: pool.nextId(), articles: batch.map((i) => articles[i]) }).then((results) => {
        running--;
        batch.forEach((i, k) => onResult(i, results[k] as R));
        done += batch.length;
        if (performance.now() - reported >= 100) {
          progress(done);
          reported = performance.now();
        }
        launch(worker);
      }, reject);
    };
    for (let k = 0; k < IN_FLIGHT; k++) for (let w = 0; w < pool.size; w++) launch(w);
  });
  signal?.throwIfAborted();
}

/** Sends the same messages to the given workers, a slice at a time. */
async function broadcast<T>(pool: AnalysisPool, workers: number[], items: readonly T[], chunk: number, message: (part: T[], first: boolean) => Parameters<AnalysisPool['post']>[1], signal?: AbortSignal): Promise<void> {
  function* steps() {
    for (let i = 0; i < items.length; i += chunk) {
      for (const w of workers) pool.post(w, message(items.slice(i, i + chunk), i === 0));
      yield i;
    }
  }
  await inSlices(steps(), 0, () => {}, signal);
}

const allWorkers = (pool: AnalysisPool) => Array.from({ length: pool.size }, (_, w) => w);

export async function entitiesInPool(
  articles: readonly Article[],
  pool: AnalysisPool,
  opts: Progress & { cache?: EntityCache; forAll: boolean },
): Promise<Entity[]> {
  const results: ArticleEntities[] = new Array(articles.length);
  const hashes: string[] = new Array(articles.length);
  const todo: number[] = [];
  function* lookups(): Generator<number> {
    for (let i = 0; i < articles.length; i++) {
      hashes[i] = textHash(articles[i].text);
      const cached = opts.cache?.get(hashes[i], articles[i].text);
      if (cached) results[i] = cached;
      else todo.push(i);
      // Articles done so far: the ones up to i found in the cache (i - todo.length was -1 after a first miss).
      yield i + 1 - todo.length;
    }
  }
  await inSlices(lookups(), 0, opts.progress, opts.signal);
  const store = (i: number, result: ArticleEntities) => {
    results[i] = result;
    opts.cache?.set(hashes[i], result);
  };
  await dispatch(pool, 'entities', articles, todo, store, articles.length - todo.length, opts);
  if (articles.length > 0) opts.progress(articles.length);

  // One worker merges (the per-article results are large: a copy in each worker would double
  // the memory) and hands the entities back a chunk at a time; with `forAll`, each chunk goes on
  // to the other workers too, which find quotes with them next.
  const perArticle: PerArticleEntities[] = articles.map((a, i) => ({ article: a.id, result: results[i] }));
  await broadcast(pool, [0], perArticle, MERGE_CHUNK, (items) => ({ kind: 'mergeInput', items }), opts.signal);
  const others = allWorkers(pool).slice(1);
  const [count] = (await pool.request(0, { kind: 'merge', id: pool.nextId() })) as number[];
  const entities: Entity[] = [];
  while (entities.length < count) {
    const chunk = (await pool.request(0, { kind: 'take', id: pool.nextId(), from: entities.length })) as Entity[];
    if (chunk.length === 0) throw new Error(`analysis worker 1 merged ${count} entities but handed back ${entities.length}`);
    if (opts.forAll) for (const w of others) pool.post(w, { kind: 'entitiesInput', entities: chunk, first: entities.length === 0 });
    entities.push(...chunk);
  }
  opts.signal?.throwIfAborted();
  if (opts.forAll) held.set(pool, entities);
  return entities;
}

export async function quotesInPool(articles: readonly Article[], entities: Entity[], pool: AnalysisPool, opts: Progress): Promise<Quote[]> {
  if (held.get(pool) !== entities) {
    await broadcast(pool, allWorkers(pool), entities, 2_000, (part, first) => ({ kind: 'entitiesInput', entities: part, first }), opts.signal);
    held.set(pool, entities);
  }
  const perArticle: Quote[][] = new Array(articles.length);
  const indices = articles.map((_, i) => i);
  await dispatch<Quote[]>(pool, 'quotes', articles, indices, (i, quotes) => (perArticle[i] = quotes), 0, opts);
  if (articles.length > 0) opts.progress(articles.length);
  return perArticle.flat();
}
