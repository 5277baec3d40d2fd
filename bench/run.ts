// `npm run bench [-- --json]`: every benchmark, readable on stdout, or as one JSON object
// (keys like `search.p95_ms_10k` become nested objects) with the report moved to stderr.
import { benchBounds } from './bounds';
import { benchCompare } from './compare';
import { benchCorpus } from './corpus';
import { benchSearch } from './search';
import { benchStartup } from './startup';
import { benchStore } from './store';

const json = process.argv.includes('--json');
if (json) console.log = (...args: unknown[]) => console.error(...args);

const flat: Record<string, number> = {
  // Start-up first, while the process is small and the machine quiet.
  ...(await benchStartup({ runs: 7 })),
  ...(await benchCorpus()),
  ...(await benchSearch()),
  ...(await benchCompare()),
  ...(await benchBounds()),
  ...(await benchStore()),
};

if (json) {
  const nested: Record<string, Record<string, number>> = {};
  for (const [key, value] of Object.entries(flat)) {
    const [group, name] = key.split('.', 2);
    (nested[group] ??= {})[name] = Math.round(value * 100) / 100;
  }
  process.stdout.write(JSON.stringify(nested, null, 2) + '\n');
}
