// Whole `rknews` processes timed as a user runs them: cold with an empty cache folder (whatever
// is cached is built and saved), then warm (read back from it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats';

const BIN = fileURLToPath(new URL('../bin/rknews.js', import.meta.url));

/**
 * Wall time in ms of `rknews ARGS` once cold, then the median of `warmRuns` warm runs, all with
 * one fresh cache folder; or, when a run fails, why (exit code and last line of stderr).
 */
export function coldAndWarm(args: readonly string[], warmRuns: number): { cold: number; warm: number } | string {
  const cache = mkdtempSync(join(tmpdir(), `rknews-bench-${args[0]}-`));
  try {
    const once = () => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [BIN, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache },
      });
      if (r.status !== 0) throw new Error(`exit ${r.status ?? r.signal}: ${r.error ? r.error.message : (r.stderr ?? '').trim().split('\n').pop()}`);
      return performance.now() - t;
    };
    const cold = once();
    return { cold, warm: median(Array.from({ length: warmRuns }, once)) };
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
