// The built TUI in real terminals: tmux (to read the screen as a user sees it) and
// node-pty (to see the exact bytes written and the exit code). Needs `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, SHOW_CURSOR } from '../../src/ui/terminal';

const BIN = fileURLToPath(new URL('../../bin/rknews.js', import.meta.url));
// A fresh server for each session: reusing a socket right after kill-server can reach the
// server while it is still shutting down ("server exited unexpectedly").
let sessions = 0;
let socket = `rknews-test-${process.pid}-0`;
const home = mkdtempSync(join(tmpdir(), 'rknews-e2e-'));
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
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Polls until the check passes; its last failure is the test's failure after 20 s. */
async function until<T>(check: () => T): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline || (error as { final?: boolean }).final) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function startInTmux() {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
  socket = `rknews-test-${process.pid}-${++sessions}`;
  const command = `env -u CI -u CONTINUOUS_INTEGRATION ${vars} ${quote(process.execPath)} ${quote(BIN)}; echo "rknews exited $?"; sleep 120`;
  tmux('new-session', '-d', '-s', 'rk', '-x', '120', '-y', '40', command);
  // tmux waits this long after Esc to tell it from Alt-key combinations.
  tmux('set-option', '-s', 'escape-time', '0');
}

function stopTmux() {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
}

/** The seed headlines as the same build sees them. */
function seedHeadlines(): string[] {
  const r = spawnSync(process.execPath, [BIN, 'list', '--json'], { env: childEnv(), encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { headline: string }[]).map((a) => a.headline);
}

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../../dist/rknews.js', import.meta.url)))) {
    throw new Error('dist/rknews.js is missing: run `npm run build` first');
  }
});
afterAll(stopTmux);

describe('rknews in tmux at 120x40', () => {
  it('lists the seeds, opens one with Enter, scrolls with j, quits with q to the normal screen, and resumes', async () => {
    const headlines = seedHeadlines();
    expect(headlines).toHaveLength(5);
    startInTmux();
    const first = await until(() => {
      const s = screen();
      expect(s).toContain('rknews · seeds · 5 articles');
      expect(s).toContain('q quit');
      for (const h of headlines) expect(s).toContain(h.slice(0, 25));
      return s;
    });
    const lines = first.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
    expect(lines.length).toBeLessThanOrEqual(40);

    tmux('send-keys', '-t', 'rk', 'Enter');
    await until(() => expect(screen()).toMatch(/1–\d+ of \d+ · \d+%/));
    expect(screen()).toMatch(/\d+ words/);
    tmux('send-keys', '-t', 'rk', 'j');
    await until(() => expect(screen()).toMatch(/2–\d+ of \d+ · \d+%/));

    tmux('send-keys', '-t', 'rk', 'q');
    const after = await until(() => {
      const s = screen();
      expect(s).toContain('rknews exited 0');
      return s;
    });
    // The normal screen is back: none of the TUI is left on it.
    expect(after).not.toContain('rknews · seeds');
    expect(after).not.toContain('q quit');

    const saved = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'rknews', 'reading-state.json'), 'utf8'));
    expect(Object.keys(saved.read)).toHaveLength(1);
    stopTmux();

    // The next run reopens the same article at the same line, with its read mark.
    startInTmux();
    await until(() => expect(screen()).toMatch(/2–\d+ of \d+ · \d+%/));
    tmux('send-keys', '-t', 'rk', 'q');
    await until(() => expect(screen()).toContain('rknews exited 0'));
    stopTmux();
  });
});

describe('a corrupt reading state', () => {
  it('is set aside with a warning on the status line and after exit, and the reader starts afresh', async () => {
    const dir = join(env.XDG_STATE_HOME, 'rknews');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'reading-state.json'), '{"version":1,"read":');
    startInTmux();
    await until(() => expect(screen()).toContain('reading state'));
    expect(screen()).toContain('Select an article and press Enter');
    expect(readdirSync(dir).some((f) => f.startsWith('reading-state.json.corrupt-'))).toBe(true);
    tmux('send-keys', '-t', 'rk', 'q');
    const after = await until(() => {
      const s = screen();
      expect(s).toContain('rknews exited 0');
      return s;
    });
    expect(after).toMatch(/rknews: reading state .* unreadable/);
    stopTmux();
  });
});

describe('resizing in tmux', () => {
  it('reflows without ghost lines, shows "too small" below 60x15, and comes back', async () => {
    startInTmux();
    await until(() => expect(screen()).toContain('q quit'));
    // The first test left an article open, which this run resumes; Enter opens one otherwise.
    tmux('send-keys', '-t', 'rk', 'Enter');
    await until(() => expect(screen()).toMatch(/\d+–\d+ of \d+/));

    tmux('resize-window', '-t', 'rk', '-x', '70', '-y', '20');
    const small = await until(() => {
      const s = screen();
      const rows = s.split('\n');
      expect(rows.filter((r) => r.includes('rknews · seeds'))).toHaveLength(1);
      expect(rows.filter((r) => r.includes('? help')), s).toHaveLength(1);
      expect(rows[0]).toContain('rknews · seeds');
      expect(rows[18]).toContain('? help');
      return rows;
    });
    expect(small.every((r) => r.length <= 70)).toBe(true);

    tmux('resize-window', '-t', 'rk', '-x', '40', '-y', '10');
    await until(() => {
      const s = screen();
      expect(s).toContain('Terminal too small');
      expect(s).not.toContain('? help');
    });

    tmux('resize-window', '-t', 'rk', '-x', '120', '-y', '40');
    await until(() => {
      const rows = screen().split('\n');
      expect(rows[0]).toContain('rknews · seeds');
      expect(rows[38]).toContain('? help');
      expect(rows.join('\n')).not.toContain('Terminal too small');
    });
    tmux('send-keys', '-t', 'rk', 'q');
    await until(() => expect(screen()).toContain('rknews exited 0'));
    stopTmux();
  });
});

function spawnInPty() {
  const term = pty.spawn(process.execPath, [BIN], { name: 'xterm-256color', cols: 120, rows: 40, env: childEnv() });
  let output = '';
  let ended = false;
  term.onData((d) => (output += d));
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) =>
    term.onExit((e) => {
      ended = true;
      resolve(e);
    }),
  );
  // The status line is drawn last: once it is there, the frame is complete.
  const frameDrawn = () =>
    until(() => {
      const text = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      if (ended && !text.includes('q quit')) throw Object.assign(new Error(`exited before drawing: ${text.slice(-500)}`), { final: true });
      expect(text).toContain('q quit');
    });
  return { term, output: () => output, exited, frameDrawn };
}

describe('rknews in a pseudo-terminal (node-pty)', () => {
  it('enters the alternate screen, and q leaves it and exits 0', async () => {
    const run = spawnInPty();
    await run.frameDrawn();
    run.term.write('q');
    const { exitCode } = await run.exited;
    expect(exitCode).toBe(0);
    const out = run.output();
    expect(out.indexOf(ENTER_ALT_SCREEN)).toBeGreaterThanOrEqual(0);
    expect(out.lastIndexOf(LEAVE_ALT_SCREEN)).toBeGreaterThan(out.indexOf(ENTER_ALT_SCREEN));
    expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(out.indexOf(ENTER_ALT_SCREEN));
  });

  it('Ctrl-C quits cleanly too', async () => {
    const run = spawnInPty();
    await run.frameDrawn();
    run.term.write('\x03');
    expect((await run.exited).exitCode).toBe(0);
    expect(run.output()).toContain(LEAVE_ALT_SCREEN);
  });

  it('SIGTERM restores the terminal before exiting', async () => {
    const run = spawnInPty();
    await run.frameDrawn();
    run.term.kill('SIGTERM');
    const { exitCode } = await run.exited;
    expect(exitCode).toBe(143);
    const out = run.output();
    expect(out.slice(out.indexOf(ENTER_ALT_SCREEN))).toContain(SHOW_CURSOR + LEAVE_ALT_SCREEN);
  });
});

describe('rknews without a terminal', () => {
  it('does not start the TUI when stdout is a pipe: one line suggesting `rknews list`, exit 1', () => {
    const r = spawnSync(process.execPath, [BIN], { env: childEnv(), encoding: 'utf8', input: '' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('rknews list');
  });
});
