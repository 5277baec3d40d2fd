// Search and compare in a real terminal (tmux), at 120x40 and 80x24, on the seeds.
// Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlignContext, mostSimilar } from '../../src/analysis/align';
import { loadCorpus } from '../../src/corpus';

const BIN = fileURLToPath(new URL('../../bin/rknews.js', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const socket = `rknews-search-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), 'rknews-e2e-search-'));
const env: Record<string, string> = {
  XDG_STATE_HOME: join(home, 'state'),
  XDG_CACHE_HOME: join(home, 'cache'),
  TERM: 'xterm-256color',
};

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'rk');
const keys = (...k: string[]) => tmux('send-keys', '-t', 'rk', ...k);
const type = (text: string) => tmux('send-keys', '-t', 'rk', '-l', text);
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Polls until the check passes; its last failure is the test's failure after 20 s. */
async function until<T>(check: () => T): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function start(cols: number, rows: number) {
  // A failed test may have left its session behind.
  stop();
  const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
  const command = `env -u CI -u CONTINUOUS_INTEGRATION ${vars} ${quote(process.execPath)} ${quote(BIN)}; echo "rknews exited $?"; sleep 120`;
  tmux('new-session', '-d', '-s', 'rk', '-x', String(cols), '-y', String(rows), command);
  tmux('set-option', '-s', 'escape-time', '0');
}

function stop() {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
}

/** No line wider than the pane, no frame taller than it. */
function fits(s: string, cols: number, rows: number) {
  const lines = s.split('\n');
  expect(lines.filter((l, i) => i < lines.length - 1 || l !== '').length).toBeLessThanOrEqual(rows);
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(cols);
}

const corpus = loadCorpus([SEEDS]);
const byPrefix = (p: string) => corpus.articles.find((a) => a.id.startsWith(p))!;
const similarTo000 = mostSimilar(buildAlignContext(corpus.articles), byPrefix('000').id, 1)[0].id;

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../../dist/rknews.js', import.meta.url)))) {
    throw new Error('dist/rknews.js is missing: run `npm run build` first');
  }
});
afterAll(stop);

for (const [cols, rows] of [
  [120, 40],
  [80, 24],
] as const) {
  describe(`search and compare in tmux at ${cols}x${rows}`, () => {
    it("finds Kim's quote despite typos, opens 002 at it, compares 000 with its most similar article, quits", async () => {
      start(cols, rows);
      await until(() => expect(screen()).toContain('q quit'));

      keys('/');
      type('unconditonal suport');
      const results = await until(() => {
        const s = screen();
        const lines = s.split('\n');
        expect(lines[1]).toContain('/ unconditonal suport');
        // Title bar, prompt, summary, the first group's heading, then the best result.
        expect(lines[4]).toContain('quote');
        expect(lines[4]).toMatch(/unconditional\s+support/);
        expect(lines[4]).toContain('— Kim Jong Un');
        return s;
      });
      fits(results, cols, rows);

      keys('Enter');
      await until(() => {
        const s = screen();
        expect(s).toContain(byPrefix('002').headline.value.slice(0, 20));
        expect(s).toMatch(/full and\s+unconditional/);
        expect(s).not.toContain('/ unconditonal suport');
      });
      // Esc: back to the results; Esc again: closed.
      keys('Escape');
      await until(() => expect(screen()).toContain('/ unconditonal suport'));
      keys('Escape');
      await until(() => expect(screen()).not.toContain('/ unconditonal suport'));

      // Open 000 from the list (the first article), then compare.
      keys('Tab', 'g', 'Enter');
      await until(() => expect(screen()).toContain(byPrefix('000').headline.value.slice(0, 20)));
      keys('c');
      const compared = await until(() => {
        const s = screen();
        expect(s).toMatch(/\d+ shared sentences · only left \d+/);
        const meta = s.split('\n').find((l) => l.includes(byPrefix('000').id.slice(0, 12)))!;
        expect(meta).toBeDefined();
        const split = Math.floor((cols - 1) / 2);
        expect(meta.slice(0, split)).toContain(byPrefix('000').id.slice(0, 12));
        expect(meta.slice(split)).toContain(similarTo000.slice(0, 12));
        return s;
      });
      fits(compared, cols, rows);

      // The picker lists the other articles with their similarity; Esc keeps the comparison.
      keys('p');
      await until(() => expect(screen()).toMatch(/Compare with[\s\S]*0\.\d\d {2}/));
      keys('Escape');
      await until(() => expect(screen()).not.toContain('Compare with'));

      // Coverage of 000's story: entities by article, once the analysis is ready.
      keys('C');
      const coverage = await until(() => {
        const s = screen();
        expect(s).toContain('Coverage of');
        expect(s).toMatch(/Kim Jong Un\s+\d/);
        return s;
      });
      fits(coverage, cols, rows);
      keys('G');
      await until(() => expect(screen()).toContain('Quote speakers'));
      keys('Escape');
      await until(() => expect(screen()).toMatch(/\d+ shared sentences/));

      keys('q');
      await until(() => expect(screen()).toContain('rknews exited 0'));
      stop();
      const history = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'rknews', 'search-history.json'), 'utf8'));
      expect(history.queries).toContain('unconditonal suport');
    });
  });
}

describe('search history across runs', () => {
  it('↑ in an empty prompt recalls the query of the last run', async () => {
    start(120, 40);
    await until(() => expect(screen()).toContain('q quit'));
    keys('/');
    // A new run starts with an empty prompt.
    await until(() => expect(screen().split('\n')[1]).toMatch(/^ \/\s*$/));
    keys('Up');
    await until(() => expect(screen().split('\n')[1]).toContain('/ unconditonal suport'));
    // Esc and q sent together would read as Alt-q.
    keys('Escape');
    await until(() => expect(screen()).not.toContain('/ unconditonal suport'));
    keys('q');
    await until(() => expect(screen()).toContain('rknews exited 0'));
    stop();
  });
});
