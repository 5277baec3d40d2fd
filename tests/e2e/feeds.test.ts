// The feeds workflow as a user types it: `rknews feeds import subs.opml && rknews fetch` in a
// pseudo-terminal (node-pty: a progress bar is drawn, a summary printed), then `rknews` with no
// path opens the library in a real terminal (tmux). Needs `npm run build`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomFeed, newsPage, opmlFile, rssFeed, storyParagraphs } from '../helpers/webPages';
import { startWebServer, type WebServer } from '../helpers/webServer';
import { BIN, childEnv, closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

let server: WebServer;
const env = isolatedEnv('rknews-e2e-feeds-');
const home = join(env.XDG_DATA_HOME, '..');

beforeAll(async () => {
  requireBuild();
  server = await startWebServer();
  const page = (path: string, headline: string) =>
    server.route(path, { headers: { 'content-type': 'text/html' }, body: newsPage({ headline, outlet: 'Harbour Gazette', date: '2024-05-02', author: 'Ada Lovelace', url: server.url(path), paragraphs: storyParagraphs(headline), jsonLd: true }) });
  page('/ferry', 'Night ferry returns to the harbour');
  page('/tram', 'Tram line extension approved');
  server.route('/rss.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rssFeed('Harbour Gazette', [
      { id: 'f', title: 'Night ferry returns to the harbour', link: server.url('/ferry'), date: '2024-05-02', summary: 'Ferry.' },
      { id: 't', title: 'Tram line extension approved', link: server.url('/tram'), date: '2024-05-03', summary: 'Tram.' },
    ]),
  });
  server.route('/atom.xml', {
    headers: { 'content-type': 'application/atom+xml' },
    body: atomFeed('Valley Times', [{ id: 'v1', title: 'Valley orchard harvest begins early', link: server.url('/orchard'), date: '2024-05-04', content: storyParagraphs('the orchard').map((p) => `<p>${p}</p>`).join('') }]),
  });
  writeFileSync(join(home, 'subs.opml'), opmlFile([{ title: 'Harbour Gazette', url: server.url('/rss.xml') }, { title: 'Valley Times', url: server.url('/atom.xml') }]));
});
afterAll(async () => {
  closeTerminals();
  await server.close();
});

describe('the feeds workflow', () => {
  it('imports the subscriptions, fetches them with a progress bar, the reader opens the library and R brings in what is new', async () => {
    const shell = pty.spawn('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" feeds import subs.opml && "${process.execPath}" "${BIN}" fetch`], {
      name: 'xterm-256color', cols: 100, rows: 30, cwd: home, env: childEnv(env),
    });
    let output = '';
    shell.onData((d) => (output += d));
    const { exitCode } = await new Promise<{ exitCode: number }>((resolve) => shell.onExit(resolve));
    expect(exitCode).toBe(0);
    expect(output).toContain('2 feeds added');
    expect(output).toMatch(/\[#+-*\] \d\/2 feeds/); // the progress bar, drawn on the terminal
    expect(output).toContain('2 feeds, 3 new articles');

    const t = openTerminal({ cols: 100, rows: 24, env });
    await until(() => {
      const screen = t.screen();
      expect(screen.split('\n')[0]).toContain('rknews · library · 3 articles');
      for (const headline of ['Night ferry returns', 'Tram line extension', 'Valley orchard harvest']) expect(screen).toContain(headline);
    });

    // A new item in a feed: R fetches it, and it joins the list without a restart.
    server.route('/atom.xml', {
      headers: { 'content-type': 'application/atom+xml' },
      body: atomFeed('Valley Times', [
        { id: 'v1', title: 'Valley orchard harvest begins early', link: server.url('/orchard'), date: '2024-05-04', content: storyParagraphs('the orchard').map((p) => `<p>${p}</p>`).join('') },
        { id: 'v2', title: 'Valley school gets a new roof', link: server.url('/roof'), date: '2024-05-05', content: storyParagraphs('the roof').map((p) => `<p>${p}</p>`).join('') },
      ]),
    });
    t.keys('R');
    await until(() => {
      const screen = t.screen();
      expect(screen.split('\n')[0]).toContain('rknews · library · 4 articles');
      expect(screen).toContain('Valley school gets a new roof');
      expect(screen).toContain('2 feeds, 1 new article');
    });
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});
