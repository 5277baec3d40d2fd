// Start-up: time from spawn to the first complete frame in a pseudo-terminal (120x40),
// for `node bin/rknews.js` on the seeds and for the Ink floor (bench/fixtures/ink-floor.mjs),
// alternating so both see the same machine load. A frame is complete when its last part,
// the status line, is on the screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IPty } from 'node-pty';
import { repoRoot } from './snapshot';
import { median } from './stats';

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
const TIMEOUT_MS = 30_000;

async function loadPty(): Promise<typeof import('node-pty')> {
  // A native module: kept out of the bundle, loaded from node_modules at run time.
  const name = 'node-pty';
  return (await import(name)) as typeof import('node-pty');
}

/** Milliseconds from spawn until `marker` appears on the screen (escape codes stripped). */
async function timeToMarker(
  pty: typeof import('node-pty'),
  args: string[],
  marker: string,
  env: Record<string, string>,
  cwd: string,
): Promise<number> {
  const start = performance.now();
  const term: IPty = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 120, rows: 40, cwd, env });
  let output = '';
  const exited = new Promise<void>((resolve) => term.onExit(() => resolve()));
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${marker}" within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      term.onData((data) => {
        output += data;
        if (output.replace(ANSI, '').includes(marker)) {
          clearTimeout(timer);
          resolve(performance.now() - start);
        }
      });
      term.onExit(() => {
        clearTimeout(timer);
        reject(new Error(`exited before "${marker}" appeared: ${JSON.stringify(output.slice(-300))}`));
      });
    });
  } finally {
    try {
      term.kill('SIGTERM');
    } catch {
      // Already exited (the floor app ends by itself once drawn).
    }
    await exited;
  }
}

export async function benchStartup(opts: { runs?: number } = {}): Promise<Record<string, number>> {
  const runs = Math.max(5, opts.runs ?? 7);
  const root = repoRoot();
  const pty = await loadPty();
  const home = mkdtempSync(join(tmpdir(), 'rknews-bench-startup-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'production', TERM: 'xterm-256color' };
  // Ink draws nothing until exit when it believes it runs in CI; the state goes to a scratch folder.
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  env.XDG_STATE_HOME = join(home, 'state');
  env.XDG_CACHE_HOME = join(home, 'cache');

  const rknews: number[] = [];
  const floor: number[] = [];
  try {
    // One unmeasured run of each warms the file cache.
    await timeToMarker(pty, [join(root, 'bench', 'fixtures', 'ink-floor.mjs')], 'ink floor ready', env, root);
    await timeToMarker(pty, [join(root, 'bin', 'rknews.js')], 'q quit', env, root);
    for (let i = 0; i < runs; i++) {
      floor.push(await timeToMarker(pty, [join(root, 'bench', 'fixtures', 'ink-floor.mjs')], 'ink floor ready', env, root));
      rknews.push(await timeToMarker(pty, [join(root, 'bin', 'rknews.js')], 'q quit', env, root));
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const result = {
    'startup.median_ms': median(rknews),
    'startup.ink_floor_ms': median(floor),
    'startup.ratio_vs_ink': median(rknews) / median(floor),
  };
  console.log(
    `startup (first complete frame, 120x40, ${runs} runs each): rknews ${result['startup.median_ms'].toFixed(0)} ms, ` +
      `Ink floor ${result['startup.ink_floor_ms'].toFixed(0)} ms, ratio ${result['startup.ratio_vs_ink'].toFixed(2)} (target ≤ 1.5)`,
  );
  return result;
}
