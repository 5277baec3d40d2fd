// The built TUI in real terminals: tmux (to read the screen as a user sees it) and
// node-pty (to see the exact bytes written and the exit code). Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, SHOW_CURSOR } from '../../src/ui/terminal';
import { BIN, childEnv, closeTerminals, isolatedEnv, openTerminal, requireBuild, seedHeadlines, until } from './terminal';

const env = isolatedEnv('rknews-e2e-');
const start = () => openTerminal({ cols: 120, rows: 40, env });

beforeAll(requireBuild);
afterAll(closeTerminals);

describe('rknews in tmux at 120x40', () => {
  it('lists the seeds, opens one with Enter, scrolls with j, quits with q to the normal screen, and resumes', async () => {
    const headlines = seedHeadlines(env);
    expect(headlines).toHaveLength(5);
    const t = start();
    const first = await until(() => {
      const s = t.screen();
      expect(s).toContain('rknews · seeds · 5 articles');
      expect(s).toContain('q quit');
      for (const h of headlines) expect(s).toContain(h.slice(0, 25));
      return s;
    });
    const lines = first.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
    expect(lines.length).toBeLessThanOrEqual(40);

    t.keys('Enter');
    await until(() => expect(t.screen()).toMatch(/1–\d+ of \d+ · \d+%/));
    expect(t.screen()).toMatch(/\d+ words/);
    t.keys('j');
    await until(() => expect(t.screen()).toMatch(/2–\d+ of \d+ · \d+%/));

    t.keys('q');
    const after = await until(() => {
      const s = t.screen();
      expect(s).toContain('rknews exited 0');
      return s;
    });
    // The normal screen is back: none of the TUI is left on it.
    expect(after).not.toContain('rknews · seeds');
    expect(after).not.toContain('q quit');

    const saved = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'rknews', 'reading-state.json'), 'utf8'));
    expect(saved.read.split(' ')).toHaveLength(1); // packed marks: 'key:time'
    t.stop();

    // The next run reopens the same article at the same line, with its read mark.
    const again = start();
    await until(() => expect(again.screen()).toMatch(/2–\d+ of \d+ · \d+%/));
    again.keys('q');
    await until(() => expect(again.screen()).toContain('rknews exited 0'));
    again.stop();
  });
});

describe('a corrupt reading state', () => {
  it('is set aside with a warning on the status line and after exit, and the reader starts afresh', async () => {
    const dir = join(env.XDG_STATE_HOME, 'rknews');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'reading-state.json'), '{"version":1,"read":');
    const t = start();
    await until(() => expect(t.screen()).toContain('reading state'));
    // Afresh: the reader previews the first article from its top.
    expect(t.screen()).toMatch(/ (?:1–\d+ of \d+ · \d+%|all \d+ lines)\n/);
    expect(readdirSync(dir).some((f) => f.startsWith('reading-state.json.corrupt-'))).toBe(true);
    t.keys('q');
    const after = await until(() => {
      const s = t.screen();
      expect(s).toContain('rknews exited 0');
      return s;
    });
    expect(after).toMatch(/rknews: reading state .* unreadable/);
    t.stop();
  });
});

describe('a reading state holding escape sequences', () => {
  it('is named after exit in a warning printed whole and escaped, which sets no terminal title', async () => {
    const own = isolatedEnv('rknews-e2e-escapes-');
    const dir = join(own.XDG_STATE_HOME, 'rknews');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'reading-state.json'), '{"version":1,"read":\x1b]0;TITLE\x07\x1b[2J}');
    const t = openTerminal({ cols: 200, rows: 40, env: own });
    await until(() => expect(t.screen()).toMatch(/ (?:1–\d+ of \d+ · \d+%|all \d+ lines)\n/));
    t.keys('q');
    const after = await until(() => {
      const s = t.screen();
      expect(s).toContain('rknews exited 0');
      return s;
    });
    expect(after).toContain(String.raw`Unexpected token '\x1b'`);
    expect(after).toMatch(/starting afresh\s*\nrknews exited 0/);
    expect(t.title()).not.toBe('TITLE');
    t.stop();
  });
});

describe('resizing in tmux', () => {
  it('reflows without ghost lines, shows "too small" below 60x15, and comes back', async () => {
    const t = start();
    await until(() => expect(t.screen()).toContain('q quit'));
    // The first test left an article open, which this run resumes; Enter opens one otherwise.
    t.keys('Enter');
    await until(() => expect(t.screen()).toMatch(/\d+–\d+ of \d+/));

    t.resize(70, 20);
    const small = await until(() => {
      const s = t.screen();
      const rows = s.split('\n');
      expect(rows.filter((r) => r.includes('rknews · seeds'))).toHaveLength(1);
      expect(rows.filter((r) => r.includes('? help')), s).toHaveLength(1);
      expect(rows[0]).toContain('rknews · seeds');
      expect(rows[18]).toContain('? help');
      return rows;
    });
    expect(small.every((r) => r.length <= 70)).toBe(true);

    t.resize(40, 10);
    await until(() => {
      const s = t.screen();
      expect(s).toContain('Terminal too small');
      expect(s).not.toContain('? help');
    });

    t.resize(120, 40);
    await until(() => {
      const rows = t.screen().split('\n');
      expect(rows[0]).toContain('rknews · seeds');
      expect(rows[38]).toContain('? help');
      expect(rows.join('\n')).not.toContain('Terminal too small');
    });
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});

function spawnInPty() {
  const term = pty.spawn(process.execPath, [BIN], { name: 'xterm-256color', cols: 120, rows: 40, env: childEnv(env) });
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
    const r = spawnSync(process.execPath, [BIN], { env: childEnv(env), encoding: 'utf8', input: '' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('rknews list');
  });
});
