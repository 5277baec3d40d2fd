// Issue 14's "done when" figures on Reuters (19,043 articles), each printed beside its target
// and the load average when it was taken: the reader's event-loop lag and key latency during
// analysis (against a one-line Ink app in the same run), its warm start, its memory, and the
// CLI commands as whole processes with a warm cache (`list` cold).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisTimeoutMs, readerFiguresOf, REUTERS } from './growth';
import { analysisMs, coldAnalysisOnly } from './readerRun';
import { snapshotProgram } from './snapshot';
import { median, percentile } from './stats';

/** A command, its target in seconds, and whether the target is for a cold cache. */
const COMMANDS: { name: string; args: string[]; target: number; cold?: boolean }[] = [
  { name: 'list', args: ['list'], target: 1.5, cold: true },
  { name: 'entities', args: ['entities'], target: 2 },
  { name: 'quotes', args: ['quotes'], target: 2 },
  { name: 'stories', args: ['stories'], target: 3 },
  { name: 'compare', args: ['compare', 'reuters-00001', 'reuters-00002'], target: 1.5 },
  { name: 'search', args: ['search', 'oil prices'], target: 1 },
];
/** `--warm-runs=N`: warm runs of each command after the one that fills the caches (default 2). */
function warmRuns(argv: readonly string[]): number {
  const arg = argv.find((a) => a.startsWith('--warm-runs='))?.slice('--warm-runs='.length);
  const n = arg === undefined ? 2 : Number(arg);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--warm-runs: a whole number ≥ 1 expected, not ${arg}`);
  return n;
}

const load = () => loadavg()[0].toFixed(1);
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'meets' : 'MISSES');
const ms = (n: number | null | undefined) => (n == null || Number.isNaN(n) ? '–' : `${n.toFixed(0)} ms`);
const s = (n: number | null | undefined) => (n == null || Number.isNaN(n) ? '–' : `${(n / 1000).toFixed(2)} s`);

function timeCommand(bin: string, args: string[], cache: string): number | string {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args, '-c', REUTERS], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache, XDG_STATE_HOME: join(cache, 'state'), XDG_DATA_HOME: join(cache, 'data') },
  });
  const elapsed = performance.now() - t;
  if (r.status !== 0) return `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n').pop()}`;
  return elapsed;
}

function benchCommands(bin: string, runsWarm: number, out: Record<string, number>): void {
  const cache = mkdtempSync(join(tmpdir(), 'rknews-bench-cli-'));
  try {
    for (const { name, args, target, cold } of COMMANDS) {
      // `list` is timed on the empty cache; every other command once to fill the caches, then warm.
      const first = timeCommand(bin, args, cache);
      const runs = cold ? [first] : [first, ...Array.from({ length: runsWarm }, () => timeCommand(bin, args, cache))].slice(1);
      const failed = runs.find((r): r is string => typeof r === 'string') ?? (typeof first === 'string' ? first : undefined);
      if (failed) {
        console.log(`  rknews ${name}: failed (${failed})`);
        continue;
      }
      const value = median(runs as number[]);
      out[`reader.cli_${name}_ms`] = value;
      const firstNote = cold ? '' : `, first run ${s(first as number)}`;
      console.log(
        `  rknews ${args.join(' ')}, ${cold ? 'cold cache' : `warm, median of ${runs.length}`}: ${s(value)} (target ≤ ${target} s: ${verdict(value <= target * 1000)})${firstNote}; load ${load()}`,
      );
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

export async function benchReaderProbes(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const program = snapshotProgram();
  try {
    console.log(`reader probes on Reuters (${REUTERS}), 120x40 pseudo-terminal, load average ${load()}:`);
    const f = await readerFiguresOf(program.bin, REUTERS, analysisTimeoutMs(process.argv));
    for (const p of f.problems) console.log(`  problem: ${p}`);
    const [lagCold, lagWarm] = [f.cold.analysis?.lag, f.warm.analysis?.lag];
    console.log(
      `  event-loop lag during analysis: cold p99 ${ms(lagCold?.p99)}, max ${ms(lagCold?.max)}; warm p99 ${ms(lagWarm?.p99)}, max ${ms(lagWarm?.max)} ` +
        `(target: never blocked > 100 ms: ${verdict(lagCold && lagWarm ? Math.max(lagCold.max, lagWarm.max) <= 100 : null)})`,
    );
    const keys = { p50: median(f.keysDuringAnalysis), p95: percentile(f.keysDuringAnalysis, 95) };
    const floor = { p50: median(f.floorKeys), p95: percentile(f.floorKeys, 95) };
    const ratio = keys.p50 / floor.p50;
    console.log(
      `  key latency during cold analysis (${f.keysDuringAnalysis.length} keys): median ${ms(keys.p50)}, p95 ${ms(keys.p95)}, max ${ms(Math.max(...f.keysDuringAnalysis))}; ` +
        `one-line Ink app, same run (${f.floorKeys.length} keys): median ${ms(floor.p50)}, p95 ${ms(floor.p95)}; ratio of medians ${ratio.toFixed(2)}, of p95 ${(keys.p95 / floor.p95).toFixed(2)} ` +
        `(target ≤ 1.5: ${verdict(Number.isNaN(ratio) ? null : ratio <= 1.5)})`,
    );
    const typed = f.searchKeysDuringAnalysis;
    console.log(
      `  search as you type, cold start (${typed.length} keys, typed after the key test): first keystroke ${ms(typed[0])}, p95 ${ms(percentile(typed, 95))}; ` +
        `warm, analysis done (${f.searchKeys.length} keys): p95 ${ms(percentile(f.searchKeys, 95))}, max ${ms(Math.max(...f.searchKeys))}`,
    );
    const cold = analysisMs(f.cold.analysis);
    if (process.argv.includes('--one-thread')) {
      // Both without keys typed meanwhile, one after the other, so they see much the same machine.
      const timeout = analysisTimeoutMs(process.argv);
      const poolRun = (await coldAnalysisOnly(program.bin, REUTERS, timeout, {})).analysis;
      const oneRun = (await coldAnalysisOnly(program.bin, REUTERS, timeout, { RKNEWS_WORKERS: '1' })).analysis;
      const [pool, one] = [analysisMs(poolRun), analysisMs(oneRun)];
      const ratio = pool !== null && one !== null ? pool / one : null;
      console.log(
        `  cold analysis in the reader, nothing typed: ${s(pool)} with the default pool, ${s(one)} with RKNEWS_WORKERS=1; ratio ${ratio?.toFixed(2) ?? '–'} ` +
          `(target ≤ 0.6: ${verdict(ratio === null ? null : ratio <= 0.6)}); load ${load()}`,
      );
      // One worker is not one core: V8 collects garbage and compiles on threads of its own, on the
      // core the worker leaves free. The pool must do at least the same work in ratio × one's time.
      const cores = (run: typeof poolRun, wall: number | null) => (run?.cpuMs != null && wall ? run.cpuMs / wall : null);
      const [poolCores, oneCores] = [cores(poolRun, pool), cores(oneRun, one)];
      if (poolCores !== null && oneCores !== null) {
        console.log(
          `  cores kept busy (process CPU / wall time): ${oneCores.toFixed(2)} with RKNEWS_WORKERS=1, ${poolCores.toFixed(2)} with the pool, of ${availableParallelism()}; ` +
            `0.6× would need the one-worker run's CPU done at ${(oneCores / 0.6).toFixed(2)} cores, with no cost of its own for the pool`,
        );
      }
    } else {
      console.log(`  cold analysis in the reader, keys typed meanwhile: ${s(cold)} (against one thread: add --one-thread)`);
    }
    // The probe's times count from the reader's process start, the first frame from the spawn: a few ms apart.
    const settled = f.warm.analysis?.settledMs;
    const afterFirst = settled != null && f.warm.firstFrameMs != null ? settled - f.warm.firstFrameMs : null;
    console.log(
      `  warm start: first frame ${ms(f.warm.firstFrameMs)}, analysis settled ${s(afterFirst)} after it (${s(analysisMs(f.warm.analysis))} from its start) ` +
        `(target ≤ 3 s: ${verdict(afterFirst === null ? null : afterFirst <= 3000)})`,
    );
    console.log(
      `  RSS after analysis: warm ${f.warm.rssMb ?? '–'} MB, cold ${f.cold.rssMb ?? '–'} MB (JS heap in use ${f.cold.analysis?.heapUsedAfterMb ?? '–'} MB), peak ${Math.max(f.cold.peakRssMb ?? 0, f.warm.peakRssMb ?? 0)} MB ` +
        `(target ≤ 500 MB: ${verdict(f.warm.rssMb == null ? null : Math.max(f.warm.rssMb, f.cold.rssMb ?? 0) <= 500)})`,
    );
    console.log(`  load average while the reader ran: ${f.loadAverage.map((l) => l.toFixed(1)).join(' → ')} (2 cores)`);
    Object.assign(out, {
      'reader.lag_p99_ms': lagCold?.p99 ?? NaN,
      'reader.lag_max_ms': lagCold?.max ?? NaN,
      'reader.key_p50_ms': keys.p50,
      'reader.floor_key_p50_ms': floor.p50,
      'reader.key_ratio': ratio,
      'reader.warm_settled_after_first_frame_ms': afterFirst ?? NaN,
      'reader.rss_mb': f.warm.rssMb ?? NaN,
    });
    benchCommands(program.bin, warmRuns(process.argv), out);
  } finally {
    program.remove();
  }
  return out;
}
