// Finding one's way in a real corpus, in real terminals: bbc (2,213 articles) at 120x40 and 80x24.
// The entity sidebar lists the open article's entities, then the corpus's, and finds one by
// typing; the speaker picker moves one row per ↓ of a burst and finds a speaker by typing; Esc from
// a quote opened from Quotes returns to Quotes; n/N say which hit is shown. Needs `npm run build`
// and ../shared/corpora/bbc.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../helpers/corpus';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

const BBC = join(SHARED_DIR, 'corpora', 'bbc');
/** Analysing bbc's 2,213 articles on a loaded machine: minutes, not seconds (the second size reads the cache). */
const ANALYSIS_MS = 300_000;
const env = isolatedEnv('rknews-e2e-house-');

beforeAll(() => requireBuild());
afterAll(() => closeTerminals());

const lines = (screen: string) => screen.split('\n');

for (const [cols, rows] of [
  [120, 40],
  [80, 24],
] as const) {
  describe(`bbc in tmux at ${cols}x${rows}`, () => {
    it('sidebar modes and find, the speaker picker, Esc back to Quotes, and the hit counter', async () => {
      const t = openTerminal({ cols, rows, env, args: [BBC] });
      await until(() => expect(t.screen()).toContain('2213 articles'), 60_000);

      // The sidebar: this article's entities by default, then the corpus's; / finds one.
      t.keys('Enter', 'e', 'Tab');
      await until(() => {
        const s = t.screen();
        // Narrow, the sidebar's title is the mode alone.
        expect(s).toMatch(/Entities · this article| This article/);
        expect(s).not.toMatch(/analysing/);
      }, ANALYSIS_MS);
      t.keys('a');
      await until(() => expect(t.screen()).toMatch(/Entities · corpus| Whole corpus/));
      t.keys('/');
      t.type('london');
      await until(() => expect(t.screen()).toMatch(/\/ london▏/));
      // The best match is under the cursor: Enter keeps the find, Enter again narrows the list to it.
      t.keys('Enter', 'Enter');
      await until(() => expect(lines(t.screen())[0]).toMatch(/filter: London/));
      // Two Esc sent at once reach the program as one (ESC ESC): one at a time.
      t.keys('Escape');
      await until(() => expect(t.screen()).toMatch(/Enter open/));
      t.keys('Escape');
      await until(() => expect(lines(t.screen())[0]).not.toContain('filter: London'));

      // The speaker picker: a burst of ↓ moves one row per key; / finds a speaker.
      t.keys('Q');
      await until(() => expect(t.screen()).toMatch(/\d+ quotes · all speakers/));
      t.keys('s');
      const listed = await until(() => {
        const s = lines(t.screen());
        expect(s.join('\n')).toContain('Choose a speaker');
        const at = s.findIndex((l) => l.startsWith('❯'));
        expect(at).toBeGreaterThan(0);
        return s.slice(at, at + 4).map((l) => l.slice(3).trim());
      });
      t.keys('Down', 'Down', 'Down');
      await until(() => expect(lines(t.screen()).find((l) => l.startsWith('❯'))?.slice(3).trim()).toBe(listed[3]));
      t.keys('/');
      t.type('blair');
      await until(() => expect(lines(t.screen()).find((l) => l.startsWith('❯'))).toMatch(/Blair \(\d+\)/));
      t.keys('Enter', 'Enter');
      await until(() => expect(t.screen()).toMatch(/\d+ of \d+ quotes · [^\n]*Blair/));

      // A quote opened from Quotes: Esc returns to Quotes.
      t.keys('Enter');
      await until(() => expect(t.screen()).not.toMatch(/quotes · [^\n]*Blair/));
      t.keys('Escape');
      await until(() => expect(t.screen()).toMatch(/\d+ of \d+ quotes · [^\n]*Blair/));
      t.keys('Escape');
      await until(() => expect(t.screen()).not.toMatch(/quotes · [^\n]*Blair/));

      // n and N in an article opened from the search results say which hit is shown.
      t.keys('/');
      t.type('election');
      await until(() => expect(t.screen()).toMatch(/\d+ articles?, best first/));
      t.keys('Enter');
      const total = await until(() => {
        const m = /hit (\d+) of (\d+)/.exec(lines(t.screen())[0]);
        expect(m).not.toBeNull();
        return Number(m![2]);
      });
      if (total > 1) {
        t.keys('n');
        await until(() => expect(lines(t.screen())[0]).toMatch(new RegExp(`hit \\d+ of ${total}`)));
      }

      t.keys('q');
      await until(() => expect(t.screen()).toContain('rknews exited 0'));
      t.stop();
    }, ANALYSIS_MS + 120_000);
  });
}
