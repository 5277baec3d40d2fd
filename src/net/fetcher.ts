// Fetching politely: at most a few requests to one host at once, a cap on all requests, and
// temporary failures tried again after a growing wait (or as long as the server's Retry-After asks).
import pLimit, { type LimitFunction } from 'p-limit';
import { version } from '../../package.json';
import { FetchError } from './errors';
import { fetchOnce } from './fetch';
import type { Expect, FetchResult, NetOptions, Validators } from './types';

/** A Retry-After longer than this is not waited for: the failure is reported instead. */
const MAX_RETRY_AFTER_S = 60;

export const DEFAULT_NET_OPTIONS: NetOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 ** 2,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  perHost: 2,
  concurrency: 8,
  userAgent: `rknews/${version} (terminal news reader)`,
};

export type Fetch = (url: string, expect: Expect, validators?: Validators, signal?: AbortSignal) => Promise<FetchResult>;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/** A fetch function sharing one set of per-host and global limits across all its calls. */
export function createFetcher(overrides: Partial<NetOptions> = {}): Fetch {
  const opts = { ...DEFAULT_NET_OPTIONS, ...overrides };
  const all = pLimit(opts.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const limiterFor = (url: string) => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = '';
    }
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(opts.perHost)));
    return limit;
  };

  return async (url, expect, validators, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await limiterFor(url)(() => all(() => fetchOnce(url, expect, opts, validators, signal)));
      } catch (error) {
        const e = error as FetchError;
        const retryable = e instanceof FetchError && e.temporary && attempt < opts.retries && !signal?.aborted;
        if (!retryable || (e.retryAfter ?? 0) > MAX_RETRY_AFTER_S) throw error;
        // Waiting happens outside the limiter, so other requests to the host go on meanwhile.
        await sleep(e.retryAfter !== undefined ? e.retryAfter * 1000 : opts.backoffMs * 2 ** attempt, signal);
      }
    }
  };
}
