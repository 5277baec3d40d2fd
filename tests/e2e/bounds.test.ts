// Large articles through the built binary in tmux (issue 10, items 1 and 2): a 5,000,000-character
// line without blanks opens and quits on q; a 2 MB article's analysis leaves keys answered and q
// quits without waiting for it. Before, the first never opened (hours) and the second took minutes
// to show help. Deadlines are generous, so a loaded machine does not make them flaky.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from '../helpers/corpus';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

const env = isolatedEnv('rknews-e2e-bounds-');
const DEADLINE = 60_000;

beforeAll(requireBuild);
afterAll(closeTerminals);

function folderWith(name: string, text: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rknews-bounds-')), 'corpus');
  mkdirSync(dir);
  writeFileSync(join(dir, name), text);
  return dir;
}

/** Letters without a blank, varied so that no two screen rows look alike. */
function letters(n: number): string {
  let seed = 7;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out.push(String.fromCharCode(97 + ((seed >>> 16) % 26)));
  }
  return out.join('');
}

describe('large articles in tmux', { timeout: 4 * DEADLINE }, () => {
  it('opens a 5,000,000-character line without blanks, cut to the pane, and quits on q', async () => {
    const run = letters(5_000_000);
    const t = openTerminal({ cols: 100, rows: 30, env, args: [folderWith('line.txt', `A headline\n\n${run}\n`)] });
    await until(() => expect(t.screen()).toContain('A headline'), DEADLINE);
    t.keys('Enter');
    const screen = await until(() => {
      const s = t.screen();
      expect(s).toContain(run.slice(0, 40));
      return s;
    }, DEADLINE);
    // Every row keeps the panes' border in the same column.
    const borders = screen.split('\n').filter((l) => l.includes('│')).map((l) => l.indexOf('│'));
    expect(new Set(borders).size).toBe(1);
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'), DEADLINE);
    t.stop();
  });

  it('shows help during the analysis of a 2 MB article, and quits on q without waiting for it', async () => {
    const bodies = seedCorpus().articles.map((a) => a.text.slice(a.body.start, a.body.end)).join('\n\n');
    const text = `A very long article\n\n${bodies.repeat(Math.ceil(2_000_000 / bodies.length)).slice(0, 2_000_000)}\n`;
    const t = openTerminal({ cols: 120, rows: 40, env: isolatedEnv('rknews-e2e-bounds-'), args: [folderWith('long.txt', text)] });
    await until(() => expect(t.screen()).toMatch(/analysing|finding quotes/), DEADLINE);
    t.keys('?');
    await until(() => expect(t.screen()).toMatch(/Keys\s+Nothing was skipped[\s\S]*Everywhere/), DEADLINE);
    t.keys('Escape');
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'), DEADLINE);
    t.stop();
  });
});
