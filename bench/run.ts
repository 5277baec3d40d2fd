// `npm run bench [-- --json] [-- --only=NAME,...] [-- --sizes=1k,10k,...] [-- --startup-corpus=PATH --startup-against=DIR]`: every benchmark, readable on stdout, or as one JSON object
// (keys like `search.p95_ms_10k` become nested objects) with the report moved to stderr.
import { benchBounds } from './bounds';
import { benchCompare } from './compare';
import { benchCorpus } from './corpus';
import { benchEntities } from './entities';
import { benchGrowth } from './growth';
import { benchRanking } from './ranking';
import { benchReaderProbes } from './readerProbes';
import { benchSearch } from './search';
import { benchStartup } from './startup';
import { benchStore } from './store';

const json = process.argv.includes('--json');
if (json) console.log = (...args: unknown[]) => console.error(...args);

// `--only bounds,search` runs just those benchmarks (a full run takes many minutes).
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
const benches: [string, () => Promise<Record<string, number>>][] = [
  // Start-up first, while the process is small and the machine quiet.
  ['startup', () => benchStartup({ runs: 7, argv: process.argv })],
  ['corpus', benchCorpus],
  ['entities', benchEntities],
  ['search', benchSearch],
  ['ranking', benchRanking],
  ['compare', benchCompare],
  ['bounds', benchBounds],
  ['store', benchStore],
  // Issue 14's figures, the longest (`--sizes=1k,10k,20k,100k,reuters` chooses the growth rows).
  ['reader', benchReaderProbes],
  ['growth', () => benchGrowth(process.argv)],
];
const flat: Record<string, number> = {};
for (const [name, run] of benches) if (!only || only.has(name)) Object.assign(flat, await run());

if (json) {
  const nested: Record<string, Record<string, number>> = {};
  for (const [key, value] of Object.entries(flat)) {
    const [group, name] = key.split('.', 2);
    (nested[group] ??= {})[name] = Math.round(value * 100) / 100;
  }
  process.stdout.write(JSON.stringify(nested, null, 2) + '\n');
}
