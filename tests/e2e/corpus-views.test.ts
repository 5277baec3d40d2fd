// The views a user meets on a real corpus, in real terminals: bbc (2,213 articles, no dates or
// outlets) with three dated articles of two outlets that quote the same words, at 120x40 and
// 80x24. The first article shows at launch; the title bar says how many articles are dated; the
// list sorts by date and narrows to an outlet; Quotes rows name their article; y copies the
// citation (node-pty sees the OSC 52 bytes). Needs `npm run build` and ../shared/corpora/bbc.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../helpers/corpus';
import { closeTerminals, copiedText, isolatedEnv, openTerminal, requireBuild, spawnInPty, until } from './terminal';

const BBC = join(SHARED_DIR, 'corpora', 'bbc');
const dir = mkdtempSync(join(tmpdir(), 'rknews-e2e-views-'));
const DATED = join(dir, 'dated');
/** Analysing bbc's 2,213 articles on a loaded machine: minutes, not seconds. */
const ANALYSIS_MS = 300_000;
const TEST_MS = ANALYSIS_MS + 120_000;
const env = isolatedEnv('rknews-e2e-views-');

const ARTICLES = [
  {
    file: 'bridge.txt',
    title: 'Harbour bridge opens to traffic',
    source: 'Harbour Times',
    date: '2024-05-02',
    url: 'https://example.org/harbour-bridge',
    body: '“This bridge joins two halves of one city,” said Mayor Ada Brook on Thursday as the first cars crossed.\n\nThe bridge took four years to build and cost more than planned, officials said.',
  },
  {
    file: 'toll.txt',
    title: 'Bridge toll angers commuters',
    source: 'Port Gazette',
    date: '2024-06-19',
    url: 'https://example.org/bridge-toll',
    body: 'Commuters protested against the new toll on Monday.\n\n“This bridge joins two halves of one city,” said Mayor Ada Brook when it opened, and critics now quote her words back at her.',
  },
  {
    file: 'ferry.txt',
    title: 'Ferry service to end',
    source: 'Harbour Times',
    date: '2024-03-11',
    body: 'The ferry that crossed the harbour for ninety years will stop in June, its operator said.\n\n“We carried our last full boat years ago,” said captain Rui Costa.',
  },
];

beforeAll(() => {
  requireBuild();
  mkdirSync(DATED, { recursive: true });
  for (const a of ARTICLES) {
    const front = [`title: ${a.title}`, `source: ${a.source}`, `date: ${a.date}`, ...(a.url ? [`url: ${a.url}`] : [])];
    writeFileSync(join(DATED, a.file), `---\n${front.join('\n')}\n---\n${a.body}\n`);
  }
});

afterAll(() => {
  closeTerminals();
  rmSync(dir, { recursive: true, force: true });
});

const args = [BBC, DATED];

for (const [cols, rows] of [
  [120, 40],
  [80, 24],
] as const) {
  describe(`bbc and three dated articles in tmux at ${cols}x${rows}`, () => {
    it('shows the first article at launch, says how many are dated, sorts by date, narrows to an outlet, and names each quote’s article', async () => {
      const t = openTerminal({ cols, rows, env, args });
      await until(() => {
        const s = t.screen();
        expect(s).toContain('2216 articles');
        // The reader shows the article under the cursor without Enter.
        expect(s).toMatch(/\d+ words/);
      }, 60_000);
      if (cols >= 120) expect(t.screen().split('\n')[0]).toContain('3 of 2216 dated: 2024-03-11 – 2024-06-19');

      t.keys('s');
      await until(() => {
        const s = t.screen();
        expect(s).toContain('newest first');
        const list = s.split('\n').slice(1, 5).join('\n');
        expect(list).toMatch(/Bridge toll angers/);
        expect(list).toMatch(/Port Gazette · 2024-06-19/);
      });
      t.keys('o');
      await until(() => {
        const s = t.screen();
        // The title bar names the filter (cut short at 80 columns).
        expect(s.split('\n')[0]).toMatch(cols >= 120 ? /outlet: Harbour Times \(2\)/ : /filter: outlet: Harb/);
        const list = s.split('\n').slice(1, 6).join('\n');
        // Newest first within the outlet.
        expect(list.indexOf('Harbour bridge opens')).toBeGreaterThanOrEqual(0);
        expect(list.indexOf('Harbour bridge opens')).toBeLessThan(list.indexOf('Ferry service'));
      });
      t.keys('Escape');
      await until(() => expect(t.screen().split('\n')[0]).not.toContain('outlet: Harbour Times'));

      t.keys('Q');
      await until(() => expect(t.screen()).toMatch(/\d+ quotes · all speakers/), ANALYSIS_MS);
      t.keys('/');
      await until(() => expect(t.screen()).toContain(' / ▏'));
      t.type('two halves');
      await until(() => expect(t.screen()).toContain('two halves▏'));
      t.keys('Enter');
      await until(() => {
        const s = t.screen();
        expect(s).toContain('filter: two halves');
        // The same words quoted by two articles, told apart by their headlines.
        expect(s).toContain('Harbour bridge');
        expect(s).toContain('Bridge toll angers');
      });
      t.keys('q');
      await until(() => expect(t.screen()).toContain('rknews exited 0'));
      t.stop();
    }, TEST_MS);
  });
}

describe('y in the Quotes view at 80x24', () => {
  it('copies the quotation with speaker, headline, outlet, date and URL, the comma out of the marks', async () => {
    const { term, output, exited } = spawnInPty({ cols: 80, rows: 24, env, args });
    try {
      await until(() => expect(output()).toContain('rknews'), 60_000);
      term.write('Q');
      await until(() => expect(output()).toMatch(/\d+ quotes · all speakers/), ANALYSIS_MS);
      // One key at a time, each once the screen shows the one before.
      term.write('/');
      await until(() => expect(output()).toContain('▏'));
      term.write('two halves');
      // Styles stand between the parts of the filter line.
      await until(() => expect(output()).toMatch(/two halves(?:\x1b\[[0-9;]*m)*▏/));
      term.write('\r');
      await until(() => expect(output()).toMatch(/filter: (?:\x1b\[[0-9;]*m)*two halves/));
      term.write('y');
      const copied = await copiedText(output);
      expect([
        '“This bridge joins two halves of one city” — Ada Brook, “Harbour bridge opens to traffic”, Harbour Times, 2024-05-02, https://example.org/harbour-bridge',
        '“This bridge joins two halves of one city” — Ada Brook, “Bridge toll angers commuters”, Port Gazette, 2024-06-19, https://example.org/bridge-toll',
      ]).toContain(copied);
      term.write('q');
      expect(await exited).toBe(0);
    } finally {
      term.kill();
    }
  }, TEST_MS);
});
