// Start-up: time from spawn to the first complete frame in a pseudo-terminal (120x40),
// for `node bin/rknews.js` on the seeds and for the Ink floor (bench/fixtures/ink-floor.mjs),
// alternating so both see the same machine load. A frame is complete when its last part,
// the status line, is on the screen. Each run of rknews also reports the CPU time it used until
// then (bench/fixtures/first-frame-mark.mjs), steadier than wall time on a shared machine.
//
// `--startup-corpus=PATH,...` measures these corpora too (the seeds always); `--startup-against=DIR`
// runs another built checkout (e.g. a git worktree of an older commit, after its build) in
// alternation with this one, on every corpus, for a same-run before/after.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { IPty } from 'node-pty';
import { repoRoot, snapshotProgram } from './snapshot';
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

interface ReaderStart {
  /** Spawn to the status line on the screen, as the user waits. */
  ms: number;
  /** CPU time the process used until it wrote that frame. */
  cpuMs: number;
}

/** One start of the reader of the checkout `root` on `corpus` (none: its default, the seeds). */
async function readerStart(pty: typeof import('node-pty'), root: string, corpus: string | undefined, env: Record<string, string>, markFile: string): Promise<ReaderStart> {
  const args = ['--import', join(repoRoot(), 'bench', 'fixtures', 'first-frame-mark.mjs'), join(root, 'bin', 'rknews.js'), ...(corpus ? [corpus] : [])];
  rmSync(markFile, { force: true });
  const ms = await timeToMarker(pty, args, 'q quit', { ...env, RKNEWS_BENCH_MARK: markFile }, root);
  const mark = JSON.parse(readFileSync(markFile, 'utf8')) as { cpuMs: number };
  return { ms, cpuMs: mark.cpuMs };
}

/** `--name=a,b` values of the command line. */
function listOption(argv: readonly string[], name: string): string[] {
  return argv.flatMap((a) => (a.startsWith(`--${name}=`) ? a.slice(name.length + 3).split(',').filter(Boolean) : []));
}

export async function benchStartup(opts: { runs?: number; argv?: readonly string[] } = {}): Promise<Record<string, number>> {
  const runs = Math.max(5, opts.runs ?? 7);
  const argv = opts.argv ?? [];
  const root = repoRoot();
  const corpora: { name: string; path?: string }[] = [{ name: 'seeds' }, ...listOption(argv, 'startup-corpus').map((path) => ({ name: basename(path).replace(/\.[^.]*$/, ''), path }))];
  // A private copy of this build: a build by anyone else meanwhile would delete its chunks under the runs.
  const snapshot = snapshotProgram(root);
  const programs = [{ name: 'this', root: dirname(dirname(snapshot.bin)) }, ...listOption(argv, 'startup-against').map((dir) => ({ name: basename(dir), root: dir }))];
  const pty = await loadPty();
  const home = mkdtempSync(join(tmpdir(), 'rknews-bench-startup-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'production', TERM: 'xterm-256color' };
  // Ink draws nothing until exit when it believes it runs in CI; the state goes to a scratch folder.
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  env.XDG_STATE_HOME = join(home, 'state');
  env.XDG_DATA_HOME = join(home, 'data');
  // Each program its own cache folder: two versions would otherwise set each other's caches aside.
  const envOf = (p: number) => ({ ...env, XDG_CACHE_HOME: join(home, `cache-${p}`) });
  const markFile = join(home, 'mark.json');

  const floor: number[] = [];
  const starts = programs.map(() => corpora.map((): ReaderStart[] => []));
  const load = [loadavg()[0]];
  try {
    // One unmeasured run of each warms the file cache (and each program's caches).
    await timeToMarker(pty, [join(root, 'bench', 'fixtures', 'ink-floor.mjs')], 'ink floor ready', env, root);
    for (let p = 0; p < programs.length; p++) for (const c of corpora) await readerStart(pty, programs[p].root, c.path, envOf(p), markFile);
    for (let i = 0; i < runs; i++) {
      floor.push(await timeToMarker(pty, [join(root, 'bench', 'fixtures', 'ink-floor.mjs')], 'ink floor ready', env, root));
      for (let c = 0; c < corpora.length; c++) {
        for (let p = 0; p < programs.length; p++) starts[p][c].push(await readerStart(pty, programs[p].root, corpora[c].path, envOf(p), markFile));
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
    snapshot.remove();
  }
  load.push(loadavg()[0]);
  const seeds = starts[0][0];
  const result: Record<string, number> = {
    'startup.median_ms': median(seeds.map((s) => s.ms)),
    'startup.cpu_ms': median(seeds.map((s) => s.cpuMs)),
    'startup.ink_floor_ms': median(floor),
    'startup.ratio_vs_ink': median(seeds.map((s) => s.ms)) / median(floor),
  };
  console.log(
    `startup (first complete frame, 120x40, ${runs} runs each, load ${load.map((l) => l.toFixed(1)).join(' → ')}): rknews ${result['startup.median_ms'].toFixed(0)} ms ` +
      `(CPU ${result['startup.cpu_ms'].toFixed(0)} ms), Ink floor ${result['startup.ink_floor_ms'].toFixed(0)} ms, ratio ${result['startup.ratio_vs_ink'].toFixed(2)} (target ≤ 1.5)`,
  );
  for (let c = 0; c < corpora.length; c++) {
    for (let p = 0; p < programs.length; p++) {
      if (c === 0 && p === 0) continue;
      const s = starts[p][c];
      const key = `${programs[p].name === 'this' ? '' : `${programs[p].name}_`}${corpora[c].name}`;
      result[`startup.median_ms_${key}`] = median(s.map((x) => x.ms));
      result[`startup.cpu_ms_${key}`] = median(s.map((x) => x.cpuMs));
    }
  }
  for (let c = 0; c < corpora.length; c++) {
    const rows = programs.map((prog, p) => `${prog.name} ${median(starts[p][c].map((x) => x.ms)).toFixed(0)} ms (CPU ${median(starts[p][c].map((x) => x.cpuMs)).toFixed(0)} ms)`);
    console.log(`  ${corpora[c].name}: ${rows.join(', ')}`);
  }
  return result;
}
