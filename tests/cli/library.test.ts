// `rknews add`, `feeds` and `fetch` through the built binary against a local web server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, TEST_ENV } from '../helpers/cli';
import { atomFeed, jsonFeed, newsPage, opmlFile, paywallPage, rdfFeed, rssFeed, storyParagraphs, type FeedItemSpec } from '../helpers/webPages';
import { conditional, hang, hugeBody, startWebServer, type Handler, type WebServer } from '../helpers/webServer';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a child process; asynchronous, so the in-process server keeps answering. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...TEST_ENV } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}
const rk = (...args: string[]) => start(args).done;

const html = (body: string | Buffer, type = 'text/html; charset=utf-8'): Handler => ({ headers: { 'content-type': type }, body });
const page = (server: WebServer, path: string, headline: string, jsonLd = true) =>
  html(newsPage({ headline, outlet: 'The Coastal Herald', date: '2024-03-05', author: 'Ada Lovelace', url: server.url(path), paragraphs: storyParagraphs(headline), jsonLd }));

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(() => server.close());

const newLibrary = () => mkdtempSync(join(tmpdir(), 'rknews-library-'));
const articleFiles = (lib: string) => readdirSync(join(lib, 'articles')).filter((n) => !n.endsWith('.lock'));

describe('rknews add', () => {
  it('stores a page as an article with its metadata and paragraphs, once', async () => {
    const lib = newLibrary();
    server.route('/news/bridge', page(server, '/news/bridge', 'Harbour bridge reopens'));
    const added = await rk('add', server.url('/news/bridge'), '--library', lib);
    expect(added).toMatchObject({ code: 0, stdout: 'added: the-coastal-herald-2024-03-05-harbour-bridge-reopens\n' });
    const again = await rk('add', `${server.url('/news/bridge')}#comments`, '--library', lib, '--json');
    expect(JSON.parse(again.stdout)[0].status).toBe('unchanged');
    expect(articleFiles(lib)).toHaveLength(1);

    const list = JSON.parse((await rk('list', '--library', lib, '--json')).stdout);
    expect(list).toMatchObject([{ headline: 'Harbour bridge reopens', outlet: 'The Coastal Herald', date: '2024-03-05', provenance: { headline: 'explicit', outlet: 'explicit', date: 'explicit' } }]);
    const shown = JSON.parse((await rk('show', list[0].id, '--library', lib, '--json')).stdout);
    expect(shown).toMatchObject({ url: server.url('/news/bridge'), author: 'Ada Lovelace' });
    expect(shown.paragraphs).toHaveLength(5);
    for (const junk of ['Subscribe', 'BUY ONE', 'trackingPixel', 'Most read', 'All rights reserved']) expect(shown.text).not.toContain(junk);
  });

  it('reads a page in a legacy charset', async () => {
    const lib = newLibrary();
    const text = newsPage({ headline: 'Мост открыт', outlet: 'Вестник', date: '2024-03-05', author: 'Анна', url: server.url('/cp1251'), paragraphs: storyParagraphs('моста') }).replace('charset="utf-8"', 'charset="windows-1251"');
    server.route('/cp1251', html(Buffer.from(new TextDecoder('utf-8').decode(Buffer.from(text)).split('').map((c) => cp1251(c))), 'text/html'));
    const r = await rk('add', server.url('/cp1251'), '--library', lib, '--json');
    expect(r.code).toBe(0);
    const [a] = JSON.parse((await rk('list', '--library', lib, '--json')).stdout);
    expect(a).toMatchObject({ headline: 'Мост открыт', outlet: 'Вестник' });
  });

  it('names every failure and writes nothing for it', async () => {
    const lib = newLibrary();
    server.route('/paywall', html(paywallPage('Council meets')));
    server.route('/huge', hugeBody(50 * 1024 ** 2));
    server.route('/slow', hang);
    server.route('/loop', { status: 301, headers: { location: '/loop' } });
    server.route('/error', { status: 500 });
    const r = await rk('add', '--library', lib, '--retries', '0',
      server.url('/missing'), server.url('/error'), server.url('/paywall'), server.url('/huge'), server.url('/loop'));
    // A short time limit only where the server never answers: a busy machine may take longer over the 10 MB.
    const slow = await rk('add', '--library', lib, '--timeout', '0.5', '--retries', '0', server.url('/slow'));
    expect([r.code, slow.code]).toEqual([1, 1]);
    const lines = (r.stderr + slow.stderr).trim().split('\n').sort();
    expect(lines).toEqual([
      `rknews: failed: ${server.url('/error')}: HTTP 500 Internal Server Error`,
      `rknews: failed: ${server.url('/huge')}: response is over the 10 MB limit`,
      `rknews: failed: ${server.url('/loop')}: redirect loop (${server.url('/loop')} again)`,
      `rknews: failed: ${server.url('/missing')}: HTTP 404 Not Found`,
      `rknews: failed: ${server.url('/paywall')}: only 13 words of text: a paywall, a teaser or a stub, not an article`,
      `rknews: failed: ${server.url('/slow')}: timed out after 0.5 s`,
    ]);
    expect(readdirSync(lib)).toEqual([]);
  });
});

/** One character in windows-1251 (Cyrillic and ASCII are all these pages use). */
function cp1251(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  if (code === 0x401) return 0xa8;
  if (code === 0x451) return 0xb8;
  return 0x3f;
}

describe('feeds and fetch', () => {
  const items = (prefix: string, n: number, full: boolean): FeedItemSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      title: `${prefix} story ${i}`,
      link: server.url(`/${prefix}/story-${i}`),
      date: `2024-03-0${i + 1}`,
      author: 'Grace Hopper',
      ...(full ? { content: storyParagraphs(`${prefix} story ${i}`).map((p) => `<p>${p}</p>`).join('') } : { summary: `Short summary ${i}.` }),
    }));

  function serveFeed(path: string, body: string, version: string, type: string) {
    server.route(path, conditional({ headers: { 'content-type': type }, body, etag: `"${version}"`, lastModified: `Mon, 0${version.charCodeAt(0) - 96} Jan 2024 00:00:00 GMT` }));
  }

  it('imports an OPML file, fetches every item once, then only what changed', async () => {
    const lib = newLibrary();
    const rss = items('rss', 3, false); // summaries only: each page is fetched
    for (const item of rss) server.route(new URL(item.link).pathname, page(server, new URL(item.link).pathname, item.title, false));
    serveFeed('/feeds/rss.xml', rssFeed('RSS Herald', rss), 'a', 'application/rss+xml');
    serveFeed('/feeds/atom.xml', atomFeed('Atom Times', items('atom', 2, true)), 'a', 'application/atom+xml');
    serveFeed('/feeds/feed.json', jsonFeed('JSON Daily', items('json', 2, true)), 'a', 'application/feed+json');
    const opml = join(lib, 'subs.opml');
    writeFileSync(opml, opmlFile([
      { title: 'RSS Herald', url: server.url('/feeds/rss.xml') },
      { title: 'Atom Times', url: server.url('/feeds/atom.xml') },
      { title: 'JSON Daily', url: server.url('/feeds/feed.json') },
    ]));
    expect((await rk('feeds', 'import', opml, '--library', lib)).stdout).toBe('3 feeds added\n');

    const first = await rk('fetch', '--library', lib);
    expect(first).toMatchObject({ code: 0, stdout: '3 feeds, 7 new articles\n' });
    const list = JSON.parse((await rk('list', '--library', lib, '--json')).stdout) as { headline: string; outlet: string }[];
    expect(list.map((a) => a.headline).sort()).toEqual([...items('atom', 2, true), ...items('json', 2, true), ...rss].map((i) => i.title).sort());
    expect(new Set(list.map((a) => a.outlet))).toEqual(new Set(['The Coastal Herald', 'Atom Times', 'JSON Daily']));

    const requestsBefore = server.requests.length;
    expect((await rk('fetch', '--library', lib)).stdout).toBe('3 feeds, 0 new articles\n');
    const second = server.requests.slice(requestsBefore);
    expect(second.map((r) => [r.path, r.status]).sort()).toEqual([['/feeds/atom.xml', 304], ['/feeds/feed.json', 304], ['/feeds/rss.xml', 304]]);

    // One new item and one changed: only those are stored.
    const changed = items('atom', 3, true);
    changed[0] = { ...changed[0], content: `${changed[0].content}<p>Update: the council has since apologised for the delay.</p>` };
    serveFeed('/feeds/atom.xml', atomFeed('Atom Times', changed), 'b', 'application/atom+xml');
    const third = await rk('fetch', '--library', lib, '--json');
    const report = JSON.parse(third.stdout);
    expect(report).toMatchObject({ added: 1, updated: 1, failed: 0 });
    expect(articleFiles(lib)).toHaveLength(8);
    expect(server.requests.slice(requestsBefore).filter((r) => r.path.startsWith('/rss/'))).toEqual([]);
  });

  it('reads RSS 1.0 (RDF) and names a malformed feed in the summary', async () => {
    const lib = newLibrary();
    server.route('/feeds/rdf.xml', { headers: { 'content-type': 'application/rdf+xml' }, body: rdfFeed('RDF Weekly', items('rdf', 2, true)) });
    server.route('/feeds/broken.xml', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>Broken</title><item><title>x</ti' });
    await rk('feeds', 'add', server.url('/feeds/rdf.xml'), server.url('/feeds/broken.xml'), '--library', lib);
    const r = await rk('fetch', '--library', lib);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^rknews: failed: ${server.url('/feeds/broken.xml')}: malformed feed: .+\\n$`));
    expect(r.stdout).toMatch(/^2 feeds, 2 new articles, 1 failed: malformed feed: .+\n$/);
    const feeds = JSON.parse((await rk('feeds', 'list', '--library', lib, '--json')).stdout);
    expect(feeds).toMatchObject([{ title: 'RDF Weekly', error: null }, { error: expect.stringMatching(/^malformed feed/) }]);
  });

  it('completes after a fetch killed midway, and two fetches at once store each item once', async () => {
    const lib = newLibrary();
    const rss = items('kill', 4, false);
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let reachedHeld: () => void = () => {};
    const reached = new Promise<void>((r) => (reachedHeld = r));
    rss.forEach((item, i) => {
      const path = new URL(item.link).pathname;
      const served = page(server, path, item.title) as { headers: Record<string, string>; body: string };
      server.route(path, i < 3 ? served : (_req, res) => {
        reachedHeld();
        void held.then(() => res.writeHead(200, served.headers).end(served.body));
      });
    });
    server.route('/feeds/kill.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed('Kill Feed', rss) });
    await rk('feeds', 'add', server.url('/feeds/kill.xml'), '--library', lib);
    const killed = start(['fetch', '--library', lib]);
    await reached; // the fourth page has been asked for: the others are being saved or saved
    let ended = false;
    void killed.done.then(() => (ended = true));
    await new Promise<void>((resolve) => {
      // Kill only once the three served pages are on disk, so the rerun has something to skip. A run
      // that ended by itself (the next line reports it) stops the polling: it would spin for ever.
      const saved = () => (existsSync(join(lib, 'articles')) ? readdirSync(join(lib, 'articles')).filter((n) => n.endsWith('.md')).length : 0);
      const check = () => (ended || saved() >= 3 ? resolve() : setTimeout(check, 10));
      check();
    });
    killed.child.kill('SIGKILL');
    expect((await killed.done).code).toBe(null);
    release();

    const [a, b] = await Promise.all([rk('fetch', '--library', lib, '--json'), rk('fetch', '--library', lib, '--json')]);
    expect(JSON.parse(a.stdout).added + JSON.parse(b.stdout).added).toBe(1);
    expect(articleFiles(lib).filter((n) => n.endsWith('.md'))).toHaveLength(4);
    expect(articleFiles(lib).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const name of articleFiles(lib)) expect(readFileSync(join(lib, 'articles', name), 'utf8')).toMatch(/\n---\n\nParagraph 1/);
  });

  it('exports the subscriptions as OPML and accepts a newsboat urls file', async () => {
    const lib = newLibrary();
    const urls = join(lib, 'urls');
    writeFileSync(urls, `# my feeds\n${server.url('/a.xml')} news "~Alpha News"\n${server.url('/b.xml')}\nquery:unread:unread = "yes"\n`);
    expect((await rk('feeds', 'import', urls, '--library', lib)).stdout).toBe('2 feeds added\n');
    const opml = (await rk('feeds', 'export', '--library', lib)).stdout;
    expect(opml).toContain(`xmlUrl="${server.url('/a.xml')}"`);
    expect(opml).toContain('title="Alpha News"');
    const other = newLibrary();
    writeFileSync(join(other, 'subs.opml'), opml);
    expect((await rk('feeds', 'import', join(other, 'subs.opml'), '--library', other)).stdout).toBe('2 feeds added\n');
    expect((await rk('feeds', 'remove', '1', '--library', other)).stdout).toBe(`removed ${server.url('/a.xml')}\n`);
    expect(JSON.parse((await rk('feeds', 'list', '--library', other, '--json')).stdout)).toHaveLength(1);
  });

  it('sets a damaged subscription list aside and says where', async () => {
    const lib = newLibrary();
    writeFileSync(join(lib, 'feeds.json'), '{"version": 1, "feeds": [\x1b[31m');
    const r = await rk('fetch', '--library', lib);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^rknews: .*feeds\.json is damaged \(.*\); set aside as .*feeds\.json\.corrupt-[^\n]+\n$/);
    expect(r.stderr).not.toContain('\x1b');
    expect(readdirSync(lib).filter((n) => n.startsWith('feeds.json.corrupt-'))).toHaveLength(1);
  });
});
