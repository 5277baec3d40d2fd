// The entity sidebar and the Quotes view in real terminals: tmux at 120x40 to read the screen
// as a user sees it, node-pty to see the OSC 52 sequence that copies a quote. Needs `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/rknews.js', import.meta.url));
const socket = `rknews-entq-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), 'rknews-e2e-entq-'));
const env: Record<string, string> = {
  XDG_STATE_HOME: join(home, 'state'),
  XDG_CACHE_HOME: join(home, 'cache'),
  TERM: 'xterm-256color',
};
// Ink draws nothing until exit when it believes it runs in CI.
const childEnv = () => {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), ...env };
  delete e.CI;
  delete e.CONTINUOUS_INTEGRATION;
  return e;
};

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'rk');
const keys = (...k: string[]) => tmux('send-keys', '-t', 'rk', ...k);
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

function seedHeadlines(): string[] {
  const r = spawnSync(process.execPath, [BIN, 'list', '--json'], { env: childEnv(), encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { headline: string }[]).map((a) => a.headline);
}

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../../dist/rknews.js', import.meta.url)))) {
    throw new Error('dist/rknews.js is missing: run `npm run build` first');
  }
});
afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
});

describe('entities and quotes in tmux at 120x40', () => {
  it('sidebar, entity filter, Quotes view, opening a quote and copying it', async () => {
    const headlines = seedHeadlines();
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
    const command = `env -u CI -u CONTINUOUS_INTEGRATION ${vars} ${quote(process.execPath)} ${quote(BIN)}; echo "rknews exited $?"; sleep 120`;
    tmux('new-session', '-d', '-s', 'rk', '-x', '120', '-y', '40', command);
    tmux('set-option', '-s', 'escape-time', '0');
    await until(() => expect(screen()).toContain('rknews · seeds · 5 articles'));

    keys('e');
    await until(() => {
      const s = screen();
      expect(s).toContain('Entities');
      expect(s).toContain('Kim Jong Un');
      expect(s).toContain('Vladimir Putin');
    });
    // No line wider than the pane, no frame taller than it.
    const lines = screen().split('\n');
    expect(lines.length).toBeLessThanOrEqual(41);

    // Tab reaches the sidebar (list → reader → sidebar); the cursor starts on the most mentioned person.
    keys('Tab');
    keys('Tab');
    await until(() => expect(screen()).toContain('Enter filter'));
    keys('Enter');
    await until(() => expect(screen().split('\n')[0]).toMatch(/filter: Kim Jong Un \(\d+\)/));

    keys('Q');
    await until(() => expect(screen()).toContain('“full and unconditional support” — Kim Jong Un'));
    keys('/');
    keys('-l', 'unconditional');
    keys('Enter');
    await until(() => expect(screen()).toContain('filter: unconditional'));
    keys('Enter');
    // The article of the quote (the third seed) is open at the quote (the reader may wrap it).
    await until(() => {
      const s = screen();
      expect(s).toContain(headlines[2].slice(0, 30));
      expect(s).toMatch(/“full and\s.*unconditional/);
    });
    keys('y');
    await until(() => expect(screen()).toContain('copied quote to clipboard'));

    keys('q');
    await until(() => expect(screen()).toContain('rknews exited 0'));
  });

  it('y writes the quote and its citation to the terminal as OSC 52', async () => {
    const term = pty.spawn(process.execPath, [BIN], { name: 'xterm-256color', cols: 120, rows: 40, env: childEnv() });
    let out = '';
    term.onData((d) => (out += d));
    const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
    try {
      await until(() => expect(out).toContain('rknews'));
      // Once the analysis is done the Quotes view lists quotes.
      term.write('Q');
      await until(() => expect(out).toMatch(/\d+ quotes · all speakers/));
      term.write('y');
      const osc = await until(() => {
        const m = /\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(out);
        expect(m).not.toBeNull();
        return m!;
      });
      const copied = Buffer.from(osc[1], 'base64').toString('utf8');
      expect(copied).toMatch(/^“[^”]+” — /);
      term.write('q');
      expect(await exited).toBe(0);
    } finally {
      term.kill();
    }
  });
});
