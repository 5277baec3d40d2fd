// One careful HTTP GET: a time limit on the whole request, redirects followed by hand (so loops
// and their number are ours to limit), the body streamed and cut off at the size limit, the
// content type checked, conditional requests, and bytes decoded with the document's charset.
// gzip, deflate and brotli are decoded by fetch (undici) itself.
import { CharsetError, decodeBody } from './charset';
import { failingAsFetch, fetchErrorFrom, FetchError, formatBytes } from './errors';
import type { Expect, FetchResult, NetOptions, Validators } from './types';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Statuses a second try may cure. */
const TEMPORARY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

const ACCEPT: Record<Expect, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/rdf+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1',
};

/** Whether a response's media type can hold what we asked for. A missing type is given the benefit of the doubt. */
export function acceptableType(expect: Expect, contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === '') return true;
  if (expect === 'html') return type === 'text/html' || type === 'application/xhtml+xml';
  // Feeds are often served as text/html or text/plain by misconfigured servers: any text, XML or JSON will be parsed.
  return type.startsWith('text/') || type.endsWith('xml') || type.endsWith('json');
}

/** Reads the body up to `maxBytes`, stopping (and cancelling the download) as soon as it is exceeded. */
async function readLimited(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(url, `response of ${formatBytes(declared)} is over the ${formatBytes(maxBytes)} limit`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError(url, `response is over the ${formatBytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, seconds) : undefined;
}

/** Only web URLs are fetched: a feed or a page cannot point us at file: or data: URLs. */
export function checkWebUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(url, 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(url, `not a web address (${parsed.protocol})`);
  return parsed;
}

/** One GET of `url` following redirects; no retries. */
export async function fetchOnce(
  url: string,
  expect: Expect,
  opts: NetOptions,
  validators: Validators = {},
  signal?: AbortSignal,
): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const abort = signal ? AbortSignal.any([timeout, signal]) : timeout;
  const visited = new Set<string>();
  let current = checkWebUrl(url).href;
  try {
    for (;;) {
      visited.add(current);
      const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: ACCEPT[expect], 'accept-encoding': 'gzip, deflate, br' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await fetch(current, { headers, redirect: 'manual', signal: abort });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError(url, `HTTP ${response.status} redirect without a Location`);
        const next = checkWebUrl(new URL(location, current).href).href;
        if (visited.has(next)) throw new FetchError(url, `redirect loop (${next} again)`);
        if (visited.size > opts.maxRedirects) throw new FetchError(url, `more than ${opts.maxRedirects} redirects`);
        current = next;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: current };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw new FetchError(url, text, TEMPORARY_STATUSES.has(response.status), retryAfterSeconds(response));
      }
      const contentType = response.headers.get('content-type');
      if (!acceptableType(expect, contentType)) {
        await response.body?.cancel();
        throw new FetchError(url, `not ${expect === 'html' ? 'a web page' : 'a feed'} (content type ${contentType})`);
      }
      const bytes = await readLimited(url, response, opts.maxBytes);
      const text = failingAsFetch(url, CharsetError, () => decodeBody(bytes, contentType));
      return {
        status: 'ok',
        url: current,
        text,
        contentType,
        validators: { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined },
      };
    }
  } catch (error) {
    throw fetchErrorFrom(url, error, opts.timeoutMs);
  }
}
