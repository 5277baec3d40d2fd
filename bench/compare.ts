// `rknews compare A B` on Reuters as a whole process: cold (an empty cache folder: the corpus
// vocabulary is built and saved, the two articles analysed) and warm (the vocabulary read back).
// The target is 1.5 s warm; before the cached vocabulary it analysed the whole corpus (26–31 s).
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { coldAndWarm } from './cli';

const REUTERS = fileURLToPath(new URL('../../shared/corpora/reuters-21578.jsonl', import.meta.url));
/** Two reports of one event: the fire at Noranda's Murdochville copper mine. */
const PAIR = ['reuters-12641', 'reuters-12651'];
const WARM_RUNS = 5;

export async function benchCompare(): Promise<Record<string, number>> {
  const runs = coldAndWarm(['compare', ...PAIR, '--json', '-c', REUTERS], WARM_RUNS);
  if (typeof runs === 'string') {
    console.log(`compare: skipped (rknews compare on ${REUTERS} failed: ${runs})`);
    return {};
  }
  const { cold, warm } = runs;
  console.log(
    `compare on Reuters (whole process, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs): ` +
      `cold ${cold.toFixed(0)} ms (vocabulary built), warm ${warm.toFixed(0)} ms (median of ${WARM_RUNS}; target 1500)`,
  );
  return { 'compare.cold_ms_reuters': cold, 'compare.warm_ms_reuters': warm, 'compare.load_avg': loadavg()[0] };
}
