// `rknews compare A B` on Reuters as a whole process: cold (an empty cache folder: the corpus
// vocabulary is built and saved, the two articles analysed) and warm (the vocabulary read back).
// The target is 1.5 s warm; before the cached vocabulary it analysed the whole corpus (26–31 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REUTERS = fileURLToPath(new URL('../../shared/corpora/reuters-21578.jsonl', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/rknews.js', import.meta.url));
/** Two reports of one event: the fire at Noranda's Murdochville copper mine. */
const PAIR = ['reuters-12641', 'reuters-12651'];
const WARM_RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchCompare(): Promise<Record<string, number>> {
  const cache = mkdtempSync(join(tmpdir(), 'rknews-bench-compare-'));
  const once = () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'compare', ...PAIR, '--json', '-c', REUTERS], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache },
    });
    return r.status === 0 ? performance.now() - t : NaN;
  };
  try {
    const cold = once();
    if (!Number.isFinite(cold)) {
      console.log(`compare: skipped (rknews compare on ${REUTERS} failed)`);
      return {};
    }
    const warm = median(Array.from({ length: WARM_RUNS }, once));
    console.log(
      `compare on Reuters (whole process, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs): ` +
        `cold ${cold.toFixed(0)} ms (vocabulary built), warm ${warm.toFixed(0)} ms (median of ${WARM_RUNS}; target 1500)`,
    );
    return { 'compare.cold_ms_reuters': cold, 'compare.warm_ms_reuters': warm, 'compare.load_avg': loadavg()[0] };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
