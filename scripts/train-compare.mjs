// Bundles and runs scripts/train-compare/main.ts (TypeScript, importing src/) with esbuild, as
// scripts/build.mjs does for eval and bench; arguments pass through (an MSRP folder other than ../shared/dev/msrp).
import { build } from 'esbuild';

await build({
  entryPoints: { 'train-compare': 'scripts/train-compare/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: { __ANALYSIS_VERSION__: '"train"' },
  banner: { js: "import { createRequire as __rkCreateRequire } from 'node:module'; const require = __rkCreateRequire(import.meta.url);" },
});
await import(new URL('../dist/train-compare.js', import.meta.url).href);
