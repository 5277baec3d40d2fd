// The worker pool runs the built worker (dist/analysis-worker.js, made by `node scripts/build.mjs`,
// which `npm test` runs first): vitest runs the sources, where no built worker sits beside them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseCorpus, analyseEntities, analyseQuotes } from '../../../src/analysis';
import { builtWorker, openPool, poolSize, type AnalysisPool } from '../../../src/analysis/pool/pool';
import { hasQuotationMarks } from '../../../src/analysis/quotes/marks';
import { CHUNK_MENTIONS, ENTITY_CHUNK, entityChunkEnd, WORKER_NICE, writerOf, type ToWorker } from '../../../src/analysis/pool/protocol';
import type { Article } from '../../../src/corpus/types';
import { openEntityCache } from '../../../src/store/entityCache';
import { openQuoteCache } from '../../../src/store/quoteCache';
import { loadCorpus } from '../../../src/corpus';
import { articleFromText, SEEDS_DIR, seedCorpus } from '../../helpers/corpus';

const DIST = new URL('../../../dist/rknews.js', import.meta.url);
const WORKER = builtWorker(DIST);

const pools: AnalysisPool[] = [];
const open = (size: number, script: URL | null = WORKER, signal?: AbortSignal) => {
  if (!script) throw new Error('no built worker: run `node scripts/build.mjs` first');
  const pool = openPool(size, script, signal);
  pools.push(pool);
  return pool;
};
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});

/** The seeds, and a long article analysed in blocks (blocks.ts), its speakers named in other blocks. */
function corpus(): Article[] {
  const paragraph = (i: number) => `"We will keep talking," said Minister Ola Nord in Bergen on day ${i}. Nord met Governor Anna Berg of the Harbour Council.`;
  const long = articleFromText(`Talks go on\n\n${Array.from({ length: 120 }, (_, i) => paragraph(i)).join('\n\n')}`, 'long');
  return [...seedCorpus().articles, long];
}

describe('the analysis worker pool', () => {
  it('is found beside a bundle or its chunk folder, and not beside the sources', () => {
    expect(WORKER && existsSync(fileURLToPath(WORKER))).toBe(true);
    expect(builtWorker(new URL('../../../dist/chunks/any.js', import.meta.url))?.href).toBe(WORKER?.href);
    expect(builtWorker(pathToFileURL(fileURLToPath(new URL('../../../src/analysis/pool/pool.ts', import.meta.url))).href)).toBeNull();
  });

  for (const size of [1, 2]) {
    it(`with ${size} worker${size > 1 ? 's' : ''} finds what the analysis in this thread finds`, async () => {
      const articles = corpus();
      const progress: string[] = [];
      const inPool = await analyseCorpus(articles, { pool: open(size), onProgress: (d, t, s) => progress.push(`${s} ${d}/${t}`) });
      expect(inPool).toEqual(await analyseCorpus(articles));
      expect(inPool.quotes.some((q) => q.article === 'long')).toBe(true);
      expect(progress).toContain(`entities ${articles.length}/${articles.length}`);
      expect(progress.at(-1)).toBe(`quotes ${articles.length}/${articles.length}`);
    });
  }

  it('sends the workers the documents of lazily parsed articles, which stay unparsed in this thread', async () => {
    const fresh = loadCorpus([SEEDS_DIR]).articles;
    // Cloning an article reads every field, which parses it.
    let reads = 0;
    for (const a of fresh) {
      const parsed = Object.getOwnPropertyDescriptor(a, 'paragraphs')!.get!;
      Object.defineProperty(a, 'paragraphs', { get: () => (reads++, parsed.call(a)), enumerable: true, configurable: true });
    }
    const inPool = await analyseCorpus(fresh, { pool: open(2) });
    expect(reads).toBe(0);
    expect(inPool).toEqual(await analyseCorpus(seedCorpus().articles));
  });

  it('finds quotes in the workers that kept the articles from the entity stage, sending none again', async () => {
    const articles = corpus();
    const pool = open(2);
    const sent: ToWorker[] = [];
    const watched: AnalysisPool = { ...pool, request: (worker, message) => (sent.push(message), pool.request(worker, message)) };
    expect(await analyseCorpus(articles, { pool: watched })).toEqual(await analyseCorpus(articles));
    const quotes = sent.filter((m) => m.kind === 'quotes');
    expect(quotes.map((m) => m.indices).flat().sort((a, b) => a - b)).toEqual(articles.map((_, i) => i));
    expect(quotes.every((m) => m.articles === null)).toBe(true);
  });

  /** Short articles, more batches of them (BATCH_ARTICLES is 32) than the workers have in flight. */
  const manyArticles = () =>
    Array.from({ length: 224 }, (_, i) => articleFromText(`Talks go on

"We will keep talking," said Minister Ola Nord in Bergen on day ${i}.`, `short-${i}`));

  /**
   * The pool, each request recorded in `sent`; for each kind in `slow`, that worker's replies wait
   * until the other has no more of that work, as when it is held up by other work.
   */
  function slowedDown(pool: AnalysisPool, sent: { worker: number; message: ToWorker }[], slow: Partial<Record<ToWorker['kind'], number>>): AnalysisPool {
    const gates = new Map<string, { open: Promise<void>; release: () => void; running: number }>();
    const gate = (kind: string) => {
      if (!gates.has(kind)) {
        let release!: () => void;
        const open = new Promise<void>((resolve) => (release = resolve));
        gates.set(kind, { open, release, running: 0 });
      }
      return gates.get(kind)!;
    };
    return {
      ...pool,
      request(worker, message) {
        sent.push({ worker, message });
        const slowOne = slow[message.kind];
        if (slowOne === undefined) return pool.request(worker, message);
        const g = gate(message.kind);
        if (worker === slowOne) return pool.request(worker, message).then(async (results) => (await g.open, results));
        g.running++;
        return pool.request(worker, message).then((results) => {
          g.running--;
          // After the dispatcher has had the chance to give this worker another batch.
          setImmediate(() => g.running === 0 && g.release());
          return results;
        });
      },
    };
  }

  it('has a worker out of its own quote batches take the rest of another, busy one (sending those articles)', async () => {
    const articles = manyArticles();
    const sent: { worker: number; message: ToWorker }[] = [];
    // Worker 0 keeps most articles from the entity stage, then is slow at quotes.
    const pool = slowedDown(open(2), sent, { entities: 1, quotes: 0 });
    expect(await analyseCorpus(articles, { pool })).toEqual(await analyseCorpus(articles));
    const quotes = sent.filter((s) => s.message.kind === 'quotes');
    expect(quotes.flatMap((s) => (s.message.kind === 'quotes' ? s.message.indices : [])).sort((a, b) => a - b)).toEqual(articles.map((_, i) => i));
    const taken = quotes.filter((s) => s.worker === 1 && s.message.kind === 'quotes' && s.message.articles !== null);
    expect(taken.length).toBeGreaterThan(0);
  });

  it('has the cache written by another worker than the one merging, both at once', async () => {
    const articles = corpus();
    const pool = open(2);
    const sent: { worker: number; kind: string }[] = [];
    const watched: AnalysisPool = { ...pool, request: (worker, message) => (sent.push({ worker, kind: message.kind }), pool.request(worker, message)) };
    const cache = openEntityCache(mkdtempSync(join(tmpdir(), 'rknews-pool-')));
    expect(await analyseEntities(articles, { pool: watched, cache })).toEqual(await analyseEntities(articles));
    expect(writerOf(2)).toBe(1);
    const merge = sent.findIndex((s) => s.kind === 'merge');
    const save = sent.findIndex((s) => s.kind === 'saveEntities');
    expect([sent[merge]?.worker, sent[save]?.worker]).toEqual([0, 1]);
    // Both asked for before either answers: the save does not wait for the merge.
    expect(sent.slice(Math.min(merge, save), Math.max(merge, save) + 1).map((s) => s.kind)).toEqual(merge < save ? ['merge', 'saveEntities'] : ['saveEntities', 'merge']);
    const again = openEntityCache(cache.dir);
    await analyseEntities(articles, { pool: open(2), cache: again });
    expect(again.stats).toEqual({ hits: articles.length, computed: 0 });
  });

  /** The pool, with the writer's answer to saveEntities held back until `release`; `fail` makes it a failure. */
  function heldSave(pool: AnalysisPool, fail = false): { pool: AnalysisPool; sent: ToWorker['kind'][]; release: () => void } {
    let release!: () => void;
    const open = new Promise<void>((resolve) => (release = resolve));
    const sent: ToWorker['kind'][] = [];
    const held: AnalysisPool = {
      ...pool,
      request(worker, message) {
        sent.push(message.kind);
        const reply = pool.request(worker, message);
        if (message.kind !== 'saveEntities') return reply;
        return reply.then(async (results) => {
          await open;
          if (fail) throw new Error('writer gone');
          return results;
        });
      },
    };
    return { pool: held, sent, release };
  }

  it('finds quotes while the writer still writes the entity cache, which the cache then waits for', async () => {
    const articles = corpus();
    const { pool, sent, release } = heldSave(open(2));
    const cache = openEntityCache(mkdtempSync(join(tmpdir(), 'rknews-pool-')));
    const entities = await analyseEntities(articles, { pool, cache }, true);
    expect(entities).toEqual(await analyseEntities(articles));
    expect(cache.stats).toEqual({ hits: 0, computed: articles.length });
    expect(await analyseQuotes(articles, entities, { pool })).toEqual(await analyseQuotes(articles, entities));
    expect(sent).toContain('quotes');
    let settled = false;
    const problems = cache.pool.settled().then((p) => ((settled = true), p));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    release();
    expect(await problems).toEqual([]);
    const again = openEntityCache(cache.dir);
    await analyseEntities(articles, { pool: open(2), cache: again });
    expect(again.stats).toEqual({ hits: articles.length, computed: 0 });
  });

  it('waits for the writer when no quotes come next, and turns a failed write into a warning, never an unhandled rejection', async () => {
    const articles = corpus();
    const waiting = heldSave(open(2));
    let done = false;
    const entities = analyseEntities(articles, { pool: waiting.pool, cache: openEntityCache(mkdtempSync(join(tmpdir(), 'rknews-pool-'))) }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    waiting.release();
    await entities;

    const failing = heldSave(open(2), true);
    const cache = openEntityCache(mkdtempSync(join(tmpdir(), 'rknews-pool-')));
    expect(await analyseEntities(articles, { pool: failing.pool, cache }, true)).toEqual(await analyseEntities(articles));
    failing.release();
    expect(await cache.pool.settled()).toEqual(['the analysis cache was not written: writer gone']);
  });

  it.runIf(existsSync('/proc/thread-self'))('runs its workers below the priority of this thread (Linux): a key is drawn before analysis goes on', async () => {
    const nices = () =>
      new Map(readdirSync('/proc/self/task').map((tid) => [tid, Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16])]));
    const before = nices();
    await analyseEntities(seedCorpus().articles, { pool: open(2) });
    const started = [...nices()].filter(([tid]) => !before.has(tid));
    expect(started.filter(([, nice]) => nice === WORKER_NICE)).toHaveLength(2);
    expect(WORKER_NICE).toBeGreaterThan(nices().get(String(process.pid))!);
  });

  it('finds quotes with entities it did not merge itself (read from a cache), sent to every worker', async () => {
    const articles = corpus();
    const entities = await analyseEntities(articles);
    expect(await analyseQuotes(articles, entities, { pool: open(2) })).toEqual(await analyseQuotes(articles, entities));
  });

  it('stores what the workers found in the entity cache, and sends only the rest to them', async () => {
    const articles = corpus();
    const dir = mkdtempSync(join(tmpdir(), 'rknews-pool-'));
    const first = openEntityCache(dir);
    await analyseEntities(articles, { pool: open(2), cache: first });
    expect(first.stats).toEqual({ hits: 0, computed: articles.length });
    expect(first.save()).toBeNull();
    const second = openEntityCache(dir);
    await analyseEntities(articles, { pool: open(2), cache: second });
    expect(second.stats).toEqual({ hits: articles.length, computed: 0 });
  });

  it('keeps what the workers found in the quote cache (each shard written by the worker that owns it), which a later run uses', async () => {
    const articles = corpus();
    const dir = mkdtempSync(join(tmpdir(), 'rknews-pool-'));
    const entities = await analyseEntities(articles);
    const plain = await analyseQuotes(articles, entities);
    const first = openQuoteCache(dir);
    expect(await analyseQuotes(articles, entities, { pool: open(2), quoteCache: first })).toEqual(plain);
    // An article without quotation marks has no quotes to find or keep.
    const quoted = articles.filter((a) => hasQuotationMarks(a.text)).length;
    expect(quoted).toBeGreaterThan(0);
    expect(first.stats).toEqual({ hits: 0, computed: quoted });
    expect([first.added, first.warning]).toEqual([0, null]);
    const second = openQuoteCache(dir);
    expect(await analyseQuotes(articles, entities, { pool: open(2), quoteCache: second })).toEqual(plain);
    expect(second.stats).toEqual({ hits: quoted, computed: 0 });
  });

  it('has each worker write the quote cache shards it owns, all at once', async () => {
    const articles = manyArticles();
    const entities = await analyseEntities(articles);
    const pool = open(2);
    const saves: number[] = [];
    const watched: AnalysisPool = { ...pool, request: (worker, message) => (message.kind === 'saveQuotes' && saves.push(worker), pool.request(worker, message)) };
    const dir = mkdtempSync(join(tmpdir(), 'rknews-pool-'));
    const first = openQuoteCache(dir);
    expect(await analyseQuotes(articles, entities, { pool: watched, quoteCache: first })).toEqual(await analyseQuotes(articles, entities));
    expect(saves.sort()).toEqual([0, 1]);
    expect([first.stats.computed, first.warning]).toEqual([articles.length, null]);
    const second = openQuoteCache(dir);
    await analyseQuotes(articles, entities, { pool: open(2), quoteCache: second });
    expect(second.stats).toEqual({ hits: articles.length, computed: 0 });
  });

  it('stops at once when aborted: the analysis rejects with the reason and the workers are gone', async () => {
    const articles = Array.from({ length: 6 }, () => corpus()).flat().map((a, i) => ({ ...a, id: `${a.id}-${i}` }));
    const stop = new AbortController();
    const pool = open(2, WORKER, stop.signal);
    const reason = new Error('the user quit');
    const run = analyseCorpus(articles, { pool, signal: stop.signal, onProgress: () => stop.abort(reason) });
    await expect(run).rejects.toBe(reason);
    await expect(pool.request(0, { kind: 'entities', id: pool.nextId(), articles: [], indices: [], cacheDir: null, stage: 0 })).rejects.toBe(reason);
  });

  it('turns a worker that exits into an error, never a hang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-pool-'));
    writeFileSync(join(dir, 'exits.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const pool = open(1, pathToFileURL(join(dir, 'exits.mjs')));
    await expect(pool.request(0, { kind: 'entities', id: pool.nextId(), articles: [], indices: [], cacheDir: null, stage: 0 })).rejects.toThrow('analysis worker 1 stopped unexpectedly (exit code 3)');
  });

  it('turns a worker that throws into an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-pool-'));
    writeFileSync(join(dir, 'throws.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('out of cheese'); });\n");
    const pool = open(1, pathToFileURL(join(dir, 'throws.mjs')));
    await expect(analyseEntities(corpus(), { pool })).rejects.toThrow('analysis worker 1 crashed: out of cheese');
  });

  it('answers a request it cannot do with an error, and goes on working', async () => {
    const pool = open(1);
    await expect(pool.request(0, { kind: 'entities', id: pool.nextId(), articles: [{ article: null as unknown as Article }], indices: [0], cacheDir: null, stage: 0 })).rejects.toThrow(/^analysis worker failed: /);
    expect(await analyseEntities(seedCorpus().articles, { pool })).toEqual(await analyseEntities(seedCorpus().articles));
  });
});

describe('the pool size', () => {
  it('is one worker per core unless RKNEWS_WORKERS says otherwise (0: none)', () => {
    expect(poolSize({})).toBeGreaterThanOrEqual(1);
    expect(poolSize({ RKNEWS_WORKERS: '0' })).toBe(0);
    expect(poolSize({ RKNEWS_WORKERS: '3' })).toBe(3);
    expect(poolSize({ RKNEWS_WORKERS: 'two' })).toBeNull();
    expect(poolSize({ RKNEWS_WORKERS: '-1' })).toBeNull();
  });
});

describe("the merged entities' chunks", () => {
  const withMentions = (n: number) => ({ mentions: new Array<null>(n).fill(null) });

  it('end at ENTITY_CHUNK entities or CHUNK_MENTIONS mentions, whichever comes first, and hold at least one entity', () => {
    const small = Array.from({ length: ENTITY_CHUNK + 10 }, () => withMentions(1));
    expect(entityChunkEnd(small, 0)).toBe(ENTITY_CHUNK);
    expect(entityChunkEnd(small, ENTITY_CHUNK)).toBe(ENTITY_CHUNK + 10);
    const big = [withMentions(CHUNK_MENTIONS - 5), withMentions(10), withMentions(1)];
    expect(entityChunkEnd(big, 0)).toBe(1);
    expect(entityChunkEnd([withMentions(CHUNK_MENTIONS * 2), withMentions(1)], 0)).toBe(1);
    expect(entityChunkEnd(big, 3)).toBe(3);
  });
});
