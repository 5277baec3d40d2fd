// `node scripts/run-ts.mjs scripts/X/main.ts [ARGS...]`: bundles a TypeScript tool that imports src/
// (the model trainers) with esbuild into dist/, with the options of scripts/build.mjs, then runs it with ARGS.
import { basename, dirname } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from './esbuild-node.mjs';

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs scripts/TOOL/main.ts [ARGS...]\n');
  process.exit(2);
}
// The tool reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);
const name = basename(dirname(entry));
await build({
  ...nodeBundle,
  entryPoints: { [name]: entry },
  outdir: 'dist',
  define: { __ANALYSIS_VERSION__: '"train"' },
});
await import(new URL(`../dist/${name}.js`, import.meta.url).href);
