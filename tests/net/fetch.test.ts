import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/net/errors';
import { createFetcher } from '../../src/net/fetcher';
import { conditional, hang, hugeBody, startWebServer, type WebServer } from '../helpers/webServer';

let server: WebServer;
const fast = { timeoutMs: 1_000, retries: 0, backoffMs: 0 };
const html = (body: string, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body });

beforeAll(async () => {
  server = await startWebServer({
    '/page': html('<p>hello</p>'),
    '/gzip': { ...html('<p>compressed page</p>'), gzip: true },
    '/error': { status: 500, body: 'oops' },
    '/busy': { status: 503, body: 'busy' },
    '/hang': hang,
    '/loop-a': { status: 302, headers: { location: '/loop-b' } },
    '/loop-b': { status: 302, headers: { location: '/loop-a' } },
    '/hop1': { status: 301, headers: { location: '/hop2' } },
    '/hop2': { status: 307, headers: { location: '/page' } },
    '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
    '/huge': hugeBody(50 * 1024 ** 2),
    '/huge-declared': { headers: { 'content-type': 'text/html', 'content-length': String(50 * 1024 ** 2) }, body: '' },
    '/image': { headers: { 'content-type': 'image/png' }, body: 'PNG' },
    '/cp1251': { headers: { 'content-type': 'text/html; charset=windows-1251' }, body: Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]) },
    '/sjis-meta': { headers: { 'content-type': 'text/html' }, body: Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"></head><body>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</body></html>')]) },
    '/bad-charset': { headers: { 'content-type': 'text/html; charset=x-klingon' }, body: 'x' },
    '/cond': conditional({ ...html('<p>v1</p>'), etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' }),
  });
});
afterAll(() => server.close());

async function failure(url: string, overrides = {}, expect: 'html' | 'feed' = 'html'): Promise<FetchError> {
  try {
    await createFetcher({ ...fast, ...overrides })(url, expect);
  } catch (error) {
    return error as FetchError;
  }
  throw new Error(`${url} did not fail`);
}

describe('fetching', () => {
  it('gets a page with a clear User-Agent, decoding gzip', async () => {
    const r = await createFetcher(fast)(server.url('/gzip'), 'html');
    expect(r.status === 'ok' && r.text).toBe('<p>compressed page</p>');
    expect(server.requests.at(-1)!.headers['user-agent']).toMatch(/^rknews\/\d+\.\d+\.\d+ /);
  });

  it('follows redirects and reports the final address', async () => {
    const r = await createFetcher(fast)(server.url('/hop1'), 'html');
    expect(r.status === 'ok' && r.url).toBe(server.url('/page'));
  });

  it('names each failure with the URL and the reason', async () => {
    expect((await failure(server.url('/missing'))).message).toBe(`${server.url('/missing')}: HTTP 404 Not Found`);
    expect((await failure(server.url('/error'))).reason).toBe('HTTP 500 Internal Server Error');
    expect((await failure(server.url('/hang'), { timeoutMs: 200 })).reason).toBe('timed out after 0.2 s');
    expect((await failure(server.url('/loop-a'))).reason).toMatch(/^redirect loop/);
    expect((await failure(server.url('/hop1'), { maxRedirects: 1 })).reason).toBe('more than 1 redirects');
    expect((await failure(server.url('/to-file'))).reason).toBe('not a web address (file:)');
    expect((await failure(server.url('/huge'))).reason).toBe('response is over the 10 MB limit');
    expect((await failure(server.url('/huge-declared'))).reason).toBe('response of 50 MB is over the 10 MB limit');
    expect((await failure(server.url('/image'))).reason).toBe('not a web page (content type image/png)');
    expect((await failure(server.url('/bad-charset'))).reason).toBe("unknown charset 'x-klingon'");
    expect((await failure('ftp://127.0.0.1/x')).reason).toBe('not a web address (ftp:)');
  });

  it('retries temporary failures, and not permanent ones', async () => {
    const count = (path: string) => server.requests.filter((r) => r.path === path).length;
    const before = [count('/busy'), count('/missing')];
    await failure(server.url('/busy'), { retries: 2 });
    await failure(server.url('/missing'), { retries: 2 });
    expect(count('/busy') - before[0]).toBe(3);
    expect(count('/missing') - before[1]).toBe(1);
  });

  it('decodes the charset the header or the page declares', async () => {
    const cp = await createFetcher(fast)(server.url('/cp1251'), 'html');
    expect(cp.status === 'ok' && cp.text).toBe('Привет');
    const sjis = await createFetcher(fast)(server.url('/sjis-meta'), 'html');
    expect(sjis.status === 'ok' && sjis.text).toContain('日本');
  });

  it('asks conditionally with the validators it was given', async () => {
    const fetch = createFetcher(fast);
    const first = await fetch(server.url('/cond'), 'html');
    expect(first.status).toBe('ok');
    const validators = first.status === 'ok' ? first.validators : {};
    expect(validators).toEqual({ etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect((await fetch(server.url('/cond'), 'html', validators)).status).toBe('not-modified');
    expect(server.requests.at(-1)).toMatchObject({ status: 304, headers: { 'if-none-match': '"v1"' } });
  });
});

describe('network failures', () => {
  it('are named by their cause', async () => {
    const closed = await startWebServer();
    const url = closed.url('/gone');
    await closed.close();
    expect((await failure(url)).reason).toBe('connection refused');
    expect((await failure('http://127.0.0.1:1/')).reason).toBe('bad port');
  });
});
