// The entity sidebar and the Quotes view in real terminals: tmux at 120x40 to read the screen
// as a user sees it, node-pty to see the OSC 52 sequence that copies a quote. Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTerminals, copiedText, isolatedEnv, openTerminal, requireBuild, seedHeadlines, spawnInPty, until } from './terminal';

const env = isolatedEnv('rknews-e2e-entq-');

beforeAll(requireBuild);
afterAll(closeTerminals);

describe('entities and quotes in tmux at 120x40', () => {
  it('sidebar, entity filter, Quotes view, opening a quote and copying it', async () => {
    const headlines = seedHeadlines(env);
    const t = openTerminal({ cols: 120, rows: 40, env });
    await until(() => expect(t.screen()).toContain('rknews · seeds · 5 articles'));

    t.keys('e');
    await until(() => {
      const s = t.screen();
      expect(s).toContain('Entities');
      expect(s).toContain('Kim Jong Un');
      expect(s).toContain('Vladimir Putin');
    });
    // No line wider than the pane, no frame taller than it.
    const lines = t.screen().split('\n');
    expect(lines.length).toBeLessThanOrEqual(41);

    // Tab reaches the sidebar (list → reader → sidebar); the cursor starts on the most mentioned person.
    t.keys('Tab');
    t.keys('Tab');
    await until(() => expect(t.screen()).toContain('Enter filter'));
    t.keys('Enter');
    await until(() => expect(t.screen().split('\n')[0]).toMatch(/filter: Kim Jong Un \(\d+\)/));

    t.keys('Q');
    await until(() => expect(t.screen()).toContain('“full and unconditional support” — Kim Jong Un'));
    t.keys('/');
    t.type('unconditional');
    t.keys('Enter');
    await until(() => expect(t.screen()).toContain('filter: unconditional'));
    t.keys('Enter');
    // The article of the quote (the third seed) is open at the quote (the reader may wrap it).
    await until(() => {
      const s = t.screen();
      expect(s).toContain(headlines[2].slice(0, 30));
      expect(s).toMatch(/“full and\s.*unconditional/);
    });
    t.keys('y');
    await until(() => expect(t.screen()).toContain('copied quote to clipboard'));

    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });

  it('y writes the quote and its citation to the terminal as OSC 52', async () => {
    const { term, output, exited } = spawnInPty({ cols: 120, rows: 40, env });
    try {
      await until(() => expect(output()).toContain('rknews'));
      // Once the analysis is done the Quotes view lists quotes.
      term.write('Q');
      await until(() => expect(output()).toMatch(/\d+ quotes · all speakers/));
      term.write('y');
      const copied = await copiedText(output);
      expect(copied).toMatch(/^“[^”]+” — /);
      term.write('q');
      expect(await exited).toBe(0);
    } finally {
      term.kill();
    }
  });
});
