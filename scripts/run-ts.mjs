// `node scripts/run-ts.mjs scripts/X/main.ts [ARGS...]`: bundles a TypeScript tool that imports src/
// (the model trainers) with esbuild into dist/, then runs it with ARGS, as scripts/build.mjs
// does for eval and bench.
import { basename, dirname } from 'node:path';
import { build } from 'esbuild';

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs scripts/TOOL/main.ts [ARGS...]\n');
  process.exit(2);
}
// The tool reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);
const name = basename(dirname(entry));
await build({
  entryPoints: { [name]: entry },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: { __ANALYSIS_VERSION__: '"train"' },
  banner: { js: "import { createRequire as __rkCreateRequire } from 'node:module'; const require = __rkCreateRequire(import.meta.url);" },
});
await import(new URL(`../dist/${name}.js`, import.meta.url).href);
