// A pool of analysis worker threads, one per core. Requests go to a chosen worker and resolve with
// its reply; a worker that crashes or exits, or fails at work no request waits on, fails every
// request (an error, never a hang), and aborting the signal terminates the workers at once. Worker
// 0 gets a channel to every other worker (they send it their results, it sends them the merge), and
// so does every worker (new results for the caches go to the worker that writes them).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol';

export interface AnalysisPool {
  readonly size: number;
  /** Sends a request to worker `worker` and resolves with its reply's results. */
  request(worker: number, message: ToWorker & { id: number }): Promise<unknown[]>;
  /** Sends a message that has no reply. */
  post(worker: number, message: ToWorker): void;
  /** A fresh request id. */
  nextId(): number;
  /** Terminates the workers (a command or reader must always close its pool); pending requests reject. Resolves once they have stopped. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (results: unknown[]) => void;
  reject: (error: Error) => void;
}

/**
 * How many workers to run: RKNEWS_WORKERS when set (0 means none: analysis stays in this thread),
 * else one per core. Null when the variable is not a whole number.
 */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number | null {
  const forced = env.RKNEWS_WORKERS;
  if (forced === undefined || forced === '') return Math.max(1, availableParallelism());
  return /^\d{1,3}$/.test(forced) ? Number(forced) : null;
}

/**
 * The built worker (dist/analysis-worker.js) beside this bundle or its chunk folder; null when
 * running from source (tests), where no built worker sits beside the module.
 */
export function builtWorker(from: string | URL = import.meta.url): URL | null {
  for (const candidate of ['./analysis-worker.js', '../analysis-worker.js']) {
    const url = new URL(candidate, from);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export function openPool(size: number, script: URL, signal?: AbortSignal): AnalysisPool {
  const pending = new Map<number, Pending>();
  let failure: Error | null = null;
  let ids = 0;

  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    for (const w of workers) void w.terminate();
  };

  const workers = Array.from({ length: size }, (_, n) => {
    const worker = new Worker(script, { workerData: { index: n, size } });
    worker.on('message', (message: FromWorker) => {
      const p = pending.get(message.id);
      if (!p) {
        if (message.kind === 'error') fail(new Error(`analysis worker ${n + 1} failed: ${message.message}`));
        return;
      }
      pending.delete(message.id);
      if (message.kind === 'done') p.resolve(message.results);
      else p.reject(new Error(`analysis worker failed: ${message.message}`));
    });
    worker.on('error', (error) => fail(new Error(`analysis worker ${n + 1} crashed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!failure) fail(new Error(`analysis worker ${n + 1} stopped unexpectedly (exit code ${code})`));
    });
    return worker;
  });

  const connect = (a: number, b: number) => {
    const { port1, port2 } = new MessageChannel();
    workers[a].postMessage({ kind: 'connect', port: port1, peer: b } satisfies ToWorker, [port1]);
    workers[b].postMessage({ kind: 'connect', port: port2, peer: a } satisfies ToWorker, [port2]);
  };
  for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) connect(a, b);

  // Rejects with the signal's reason, as AbortSignal.throwIfAborted does.
  const onAbort = () => fail(signal?.reason as Error);
  signal?.addEventListener('abort', onAbort, { once: true });

  return {
    size,
    nextId: () => ++ids,
    post(worker, message) {
      if (!failure) workers[worker].postMessage(message);
    },
    request(worker, message) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        pending.set(message.id, { resolve, reject });
        workers[worker].postMessage(message);
      });
    },
    close() {
      signal?.removeEventListener('abort', onAbort);
      failure ??= new Error('analysis pool closed');
      for (const p of pending.values()) p.reject(failure);
      pending.clear();
      return Promise.all(workers.map((w) => w.terminate())).then(() => {});
    },
  };
}
