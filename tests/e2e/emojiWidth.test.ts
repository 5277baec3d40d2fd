// Emoji sequences in real tmux (issue 10, minor): a joined, skin-toned or presentation-selected
// emoji (👩🏽‍💻 👍🏽 ❤️ 🏳️‍🌈) is one glyph of two columns for string-width, while tmux 3.3 draws 👍🏽
// four columns and ❤️ one, so the list's border moved on those rows. The border's column is read
// as tmux itself places it: each row's text up to the border is printed in a fresh tmux pane and
// the cursor's column read back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

beforeAll(requireBuild);
afterAll(closeTerminals);

let sockets = 0;

/** The columns tmux advances the cursor by when `text` is printed. */
async function tmuxColumns(text: string): Promise<number> {
  const socket = `rknews-width-${process.pid}-${++sockets}`;
  const dir = mkdtempSync(join(tmpdir(), 'rknews-width-'));
  const file = join(dir, 'row.txt');
  writeFileSync(file, `${text}|`);
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', 'w', '-x', '200', '-y', '5', `cat '${file}'; sleep 30`);
  try {
    // The '|' printed last shows that all of the text is on screen.
    await until(() => expect(tmux('capture-pane', '-p', '-t', 'w')).toContain('|'));
    return Number(tmux('display', '-p', '-t', 'w', '#{cursor_x}').trim()) - 1;
  } finally {
    tmux('kill-server');
  }
}

describe('emoji sequences in tmux', { timeout: 120_000 }, () => {
  it('keeps the border between list and reader in one column on rows with emoji', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rknews-emoji-')), 'corpus');
    mkdirSync(dir);
    const titles = ['Coders 👩🏽‍💻 at work', 'Thumbs 👍🏽 up for it', 'Love ❤️ and peace', 'Flags 🏳️‍🌈 in town', 'Family 👨‍👩‍👧 day out', 'Plain words only'];
    titles.forEach((t, i) => writeFileSync(join(dir, `a${i}.txt`), `${t}\n\nSome body text for the article number ${i}. It goes on.\n`));
    const t = openTerminal({ cols: 100, rows: 30, env: isolatedEnv('rknews-e2e-emoji-'), args: [dir] });
    const screen = await until(() => {
      const s = t.screen();
      expect(s).toContain('Plain words only');
      return s;
    });
    const rows = screen.split('\n').filter((l) => l.includes('│')).slice(0, 14);
    expect(rows.some((r) => r.includes('👍'))).toBe(true);
    const columns = new Set<number>();
    for (const row of rows) columns.add(await tmuxColumns(row.slice(0, row.indexOf('│'))));
    expect([...columns]).toHaveLength(1);
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});
