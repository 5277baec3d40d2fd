// The shapes of the network layer: how to fetch, and what a fetch gives back.

/** What kind of document a request expects; a response of another kind is refused. */
export type Expect = 'html' | 'feed';

export interface NetOptions {
  /** The whole request, body included, must finish within this many milliseconds. */
  timeoutMs: number;
  /** A body larger than this many bytes is refused (streaming stops there). */
  maxBytes: number;
  maxRedirects: number;
  /** Retries of a temporary failure (timeout, connection reset, 429, 5xx gateway errors). */
  retries: number;
  /** The first retry waits this long, each further one twice as long (a Retry-After header wins, capped). */
  backoffMs: number;
  /** Requests at once to one host (politeness), and in all. */
  perHost: number;
  concurrency: number;
  userAgent: string;
}

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      /** The URL after redirects. */
      url: string;
      text: string;
      contentType: string | null;
      validators: Validators;
    };
