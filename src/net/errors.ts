// A failed fetch names the URL and the reason; `temporary` says whether trying again may help.

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly temporary = false,
    /** Seconds the server asked us to wait (Retry-After), when it did. */
    readonly retryAfter?: number,
  ) {
    super(`${url}: ${reason}`);
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'body stalled',
  ERR_SSL_WRONG_VERSION_NUMBER: 'TLS handshake failed',
};
/** Failures worth one more try: the network or the server may be better in a moment. */
const TEMPORARY_CODES = new Set(['ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The code of an error thrown by fetch: undici wraps the system error in `cause`. */
function codeOf(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: unknown };
  return e?.code ?? (e?.cause ? codeOf(e.cause) : undefined);
}

/** Runs `work`; an error of class `kind` (a page's charset, text or format) becomes a FetchError naming `url`. */
export function failingAsFetch<T>(url: string, kind: abstract new (...args: never[]) => Error, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof kind) throw new FetchError(url, error.message);
    throw error;
  }
}

/** Turns whatever fetch threw into a FetchError. */
export function fetchErrorFrom(url: string, error: unknown, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  const name = (error as Error)?.name;
  if (name === 'TimeoutError') return new FetchError(url, `timed out after ${formatSeconds(timeoutMs)}`, true);
  if (name === 'AbortError') return new FetchError(url, 'cancelled');
  const code = codeOf(error);
  if (code && NETWORK_REASONS[code]) return new FetchError(url, NETWORK_REASONS[code], TEMPORARY_CODES.has(code));
  // fetch's own TypeError says only 'fetch failed'; its cause says why ('bad port', a TLS error).
  const cause = (error as { cause?: Error })?.cause?.message;
  const message = cause ?? (error as Error)?.message ?? String(error);
  return new FetchError(url, code ? `${message} (${code})` : message, false);
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 2) return `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
