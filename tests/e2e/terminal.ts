// Shared plumbing for the end-to-end tests: the built bin, an isolated environment, polling,
// the TUI running in a private tmux server whose screen is read as a user sees it, and in node-pty for
// the raw bytes it writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { expect } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/rknews.js', import.meta.url));

/** Throws unless `npm run build` has produced the bundle the bin loads. */
export function requireBuild(): void {
  if (!existsSync(fileURLToPath(new URL('../../dist/rknews.js', import.meta.url)))) {
    throw new Error('dist/rknews.js is missing: run `npm run build` first');
  }
}

/** State, cache and library in a fresh temporary home, so runs never touch the user's files. */
export function isolatedEnv(prefix: string): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), prefix));
  return { XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data'), TERM: 'xterm-256color' };
}

/** The process environment plus `env`, without the CI markers: Ink draws nothing until exit when it believes it runs in CI. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), ...env };
  delete e.CI;
  delete e.CONTINUOUS_INTEGRATION;
  return e;
}

/** The seed headlines as the same build sees them. */
export function seedHeadlines(env: Record<string, string>): string[] {
  const r = spawnSync(process.execPath, [BIN, 'list', '--json'], { env: childEnv(env), encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { headline: string }[]).map((a) => a.headline);
}

/** Polls until the check passes; its last failure is the test's failure after `ms` (20 s), or at once if marked `final`. */
export async function until<T>(check: () => T, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline || (error as { final?: boolean }).final) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The TUI in a pseudo-terminal (node-pty), for the bytes tmux does not pass on, such as OSC 52. */
export function spawnInPty(opts: { cols: number; rows: number; env: Record<string, string>; args?: string[] }) {
  const term = pty.spawn(process.execPath, [BIN, ...(opts.args ?? [])], { name: 'xterm-256color', cols: opts.cols, rows: opts.rows, env: childEnv(opts.env) });
  let output = '';
  term.onData((d) => (output += d));
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  return { term, output: () => output, exited };
}

/** The text of the first OSC 52 clipboard write in the output, decoded, once it has come. */
export async function copiedText(output: () => string): Promise<string> {
  const osc = await until(() => {
    const m = /\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(output());
    expect(m).not.toBeNull();
    return m!;
  });
  return Buffer.from(osc[1], 'base64').toString('utf8');
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface Terminal {
  /** The visible pane, one line per row. */
  screen(): string;
  /** The visible pane with its SGR escape sequences (bold, underline, colours) as tmux holds them. */
  styledScreen(): string;
  /** The pane's title, as escape sequences (OSC 0/2) set it. */
  title(): string;
  /** Named keys or key strings, as tmux send-keys reads them ('Enter', 'Escape', 'j'). */
  keys(...keys: string[]): void;
  /** Literal text, typed character by character. */
  type(text: string): void;
  resize(cols: number, rows: number): void;
  /** Ends the session and its tmux server; safe to call twice. */
  stop(): void;
}

const open = new Set<Terminal>();
let servers = 0;

/**
 * Runs the built bin in a new tmux server of its own. A fresh server for each session: reusing
 * a socket right after kill-server can reach the server while it is still shutting down
 * ("server exited unexpectedly"). When the bin exits the pane shows "rknews exited <code>".
 */
export function openTerminal(opts: { cols: number; rows: number; env: Record<string, string>; args?: string[] }): Terminal {
  const socket = `rknews-test-${process.pid}-${++servers}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const vars = Object.entries(opts.env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
  const argv = [process.execPath, BIN, ...(opts.args ?? [])].map(quote).join(' ');
  const command = `env -u CI -u CONTINUOUS_INTEGRATION ${vars} ${argv}; echo "rknews exited $?"; sleep 120`;
  tmux('new-session', '-d', '-s', 'rk', '-x', String(opts.cols), '-y', String(opts.rows), command);
  // tmux waits this long after Esc to tell it from Alt-key combinations.
  tmux('set-option', '-s', 'escape-time', '0');
  const terminal: Terminal = {
    screen: () => tmux('capture-pane', '-p', '-t', 'rk'),
    styledScreen: () => tmux('capture-pane', '-p', '-e', '-t', 'rk'),
    title: () => tmux('display-message', '-p', '-t', 'rk', '#{pane_title}').trim(),
    keys: (...keys) => void tmux('send-keys', '-t', 'rk', ...keys),
    type: (text) => void tmux('send-keys', '-t', 'rk', '-l', text),
    resize: (cols, rows) => void tmux('resize-window', '-t', 'rk', '-x', String(cols), '-y', String(rows)),
    stop: () => {
      open.delete(terminal);
      try {
        tmux('kill-server');
      } catch {
        // Already gone.
      }
    },
  };
  open.add(terminal);
  return terminal;
}

/** Stops every terminal still open, e.g. one a failed test left behind (for afterAll). */
export function closeTerminals(): void {
  for (const t of [...open]) t.stop();
}
