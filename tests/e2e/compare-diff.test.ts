// The compare view in a real terminal (tmux) at 120x40: an overlapping pair is marked ≈ and the
// words that differ are underlined on both sides. Needs `npm run build`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

const env = isolatedEnv('rknews-e2e-diff-');
const dir = mkdtempSync(join(tmpdir(), 'rknews-e2e-diff-corpus-'));
writeFileSync(
  join(dir, 'a-left.txt'),
  '---\ntitle: Vell-Marin dismisses resignation report\ndate: 2024-03-01\n---\n\nPremier Ada Vell-Marin has dismissed reports she told President Tomas Brack she would quit before the vote.\n\nThe fishing accord with Brelia was signed in Quellport on Monday by both leaders.\n',
);
writeFileSync(
  join(dir, 'b-right.txt'),
  '---\ntitle: Vell-Marin promised to stand down, book says\ndate: 2024-03-02\n---\n\nPremier Ada Vell-Marin promised President Tomas Brack she would stand down before the vote.\n\nThe fishing accord with Brelia was signed by both leaders in Quellport on Monday.\n',
);

/** The words shown underlined (SGR 4 until 24 or a reset), escape sequences removed. */
function underlinedRuns(styled: string): string[] {
  const runs: string[] = [];
  let on = false;
  let current = '';
  for (const part of styled.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!sgr) {
      if (on) current += part;
      continue;
    }
    const codes = sgr[1] === '' ? [0] : sgr[1].split(';').map(Number);
    for (const code of codes) {
      if (code === 4) on = true;
      if ((code === 24 || code === 0) && on) {
        on = false;
        if (current.trim()) runs.push(current.trim());
        current = '';
      }
    }
  }
  return runs;
}

beforeAll(requireBuild);
afterAll(closeTerminals);

describe('compare in tmux at 120x40', () => {
  it('marks the overlapping pair ≈ and underlines the words that differ on both sides', async () => {
    const t = openTerminal({ cols: 120, rows: 40, env, args: [dir] });
    await until(() => expect(t.screen()).toContain('q quit'));
    t.keys('Enter');
    await until(() => expect(t.screen()).toContain('has dismissed reports'));
    t.keys('c');
    const screen = await until(() => {
      const s = t.screen();
      expect(s).toContain('1 same · 1 overlap · only left 0 · only right 0');
      expect(s).toMatch(/≈ Premier Ada Vell-Marin has dismissed[^\n]*│≈ Premier Ada Vell-Marin promised/);
      return s;
    });
    expect(screen).toMatch(/= The fishing accord/);
    const runs = await until(() => {
      const found = underlinedRuns(t.styledScreen()).join(' ');
      expect(found).toContain('has dismissed reports she told');
      expect(found).toContain('promised');
      expect(found).toContain('stand down');
      return found;
    });
    // Shared words stay plain.
    expect(runs).not.toContain('Vell-Marin');
    expect(runs).not.toContain('Quellport');
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});
