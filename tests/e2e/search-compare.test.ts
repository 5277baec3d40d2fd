// Search and compare in a real terminal (tmux), at 120x40 and 80x24, on the seeds.
// Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlignContext, mostSimilar } from '../../src/analysis/align';
import { loadCorpus } from '../../src/corpus';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const env = isolatedEnv('rknews-e2e-search-');

/** No line wider than the pane, no frame taller than it. */
function fits(s: string, cols: number, rows: number) {
  const lines = s.split('\n');
  expect(lines.filter((l, i) => i < lines.length - 1 || l !== '').length).toBeLessThanOrEqual(rows);
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(cols);
}

const corpus = loadCorpus([SEEDS]);
const byPrefix = (p: string) => corpus.articles.find((a) => a.id.startsWith(p))!;
const similarTo000 = mostSimilar(buildAlignContext(corpus.articles), byPrefix('000').id, 1)[0].id;

beforeAll(requireBuild);
afterAll(closeTerminals);

for (const [cols, rows] of [
  [120, 40],
  [80, 24],
] as const) {
  describe(`search and compare in tmux at ${cols}x${rows}`, () => {
    it("finds Kim's quote despite typos, opens 002 at it, compares 000 with its most similar article, quits", async () => {
      const t = openTerminal({ cols, rows, env });
      await until(() => expect(t.screen()).toContain('q quit'));

      t.keys('/');
      t.type('unconditonal suport');
      const results = await until(() => {
        const s = t.screen();
        const lines = s.split('\n');
        expect(lines[1]).toContain('/ unconditonal suport');
        // Title bar, prompt, summary, the first group's heading, then the best result.
        expect(lines[4]).toContain('quote');
        expect(lines[4]).toMatch(/unconditional\s+support/);
        expect(lines[4]).toContain('— Kim Jong Un');
        return s;
      });
      fits(results, cols, rows);

      t.keys('Enter');
      await until(() => {
        const s = t.screen();
        expect(s).toContain(byPrefix('002').headline.value.slice(0, 20));
        expect(s).toMatch(/full and\s+unconditional/);
        expect(s).not.toContain('/ unconditonal suport');
      });
      // Esc: back to the results; Esc again: closed.
      t.keys('Escape');
      await until(() => expect(t.screen()).toContain('/ unconditonal suport'));
      t.keys('Escape');
      await until(() => expect(t.screen()).not.toContain('/ unconditonal suport'));

      // Open 000 from the list (the first article), then compare.
      t.keys('Tab', 'g', 'Enter');
      await until(() => expect(t.screen()).toContain(byPrefix('000').headline.value.slice(0, 20)));
      t.keys('c');
      const compared = await until(() => {
        const s = t.screen();
        expect(s).toMatch(/\d+ same · \d+ overlap · only left \d+/);
        const meta = s.split('\n').find((l) => l.includes(byPrefix('000').id.slice(0, 12)))!;
        expect(meta).toBeDefined();
        const split = Math.floor((cols - 1) / 2);
        expect(meta.slice(0, split)).toContain(byPrefix('000').id.slice(0, 12));
        expect(meta.slice(split)).toContain(similarTo000.slice(0, 12));
        return s;
      });
      fits(compared, cols, rows);

      // The picker lists the other articles with their similarity; Esc keeps the comparison.
      t.keys('p');
      await until(() => expect(t.screen()).toMatch(/Compare with[\s\S]*0\.\d\d {2}/));
      t.keys('Escape');
      await until(() => expect(t.screen()).not.toContain('Compare with'));

      // Coverage of 000's story: entities by article, once the analysis is ready.
      t.keys('C');
      const coverage = await until(() => {
        const s = t.screen();
        expect(s).toContain('Coverage of');
        expect(s).toMatch(/Kim Jong Un\s+\d/);
        // Columns are headed by headline, outlet and date; the cursor column's article is named in full.
        expect(s).toMatch(/headline\s+North K/);
        expect(s).toContain('▸ North Korean leader Kim Jong-un has invited');
        return s;
      });
      fits(coverage, cols, rows);
      t.keys('G');
      await until(() => expect(t.screen()).toContain('Quote speakers'));
      t.keys('Escape');
      await until(() => expect(t.screen()).toMatch(/\d+ same · \d+ overlap/));

      t.keys('q');
      await until(() => expect(t.screen()).toContain('rknews exited 0'));
      t.stop();
      const history = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'rknews', 'search-history.json'), 'utf8'));
      expect(history.queries).toContain('unconditonal suport');
    });
  });
}

describe('search history across runs', () => {
  it('↑ in an empty prompt recalls the query of the last run', async () => {
    const t = openTerminal({ cols: 120, rows: 40, env });
    await until(() => expect(t.screen()).toContain('q quit'));
    t.keys('/');
    // A new run starts with an empty prompt.
    await until(() => expect(t.screen().split('\n')[1]).toMatch(/^ \/\s*$/));
    t.keys('Up');
    await until(() => expect(t.screen().split('\n')[1]).toContain('/ unconditonal suport'));
    // Esc and q sent together would read as Alt-q.
    t.keys('Escape');
    await until(() => expect(t.screen()).not.toContain('/ unconditonal suport'));
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});
