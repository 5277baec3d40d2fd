// Runs the built CLI as a child process, the way a user's shell would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/rknews.js', import.meta.url));

/** Caches and reading state of test runs go to a private folder, never the user's. */
const XDG = mkdtempSync(join(tmpdir(), 'rknews-cli-'));
export const TEST_ENV = {
  NO_COLOR: '1',
  XDG_CACHE_HOME: join(XDG, 'cache'),
  XDG_STATE_HOME: join(XDG, 'state'),
  XDG_CONFIG_HOME: join(XDG, 'config'),
  XDG_DATA_HOME: join(XDG, 'data'),
};

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...TEST_ENV, ...env },
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * runCli for a run whose length depends on the machine's load (an analysis of a large corpus): it
 * has no time limit of its own, the test's timeout is the hang guard, and the test process goes
 * on answering meanwhile (spawnSync blocks it).
 */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...TEST_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function runCliJson<T = unknown>(args: string[]): T {
  const r = runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`rknews ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
