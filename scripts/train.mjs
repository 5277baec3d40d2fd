// `npm run train`: bundles scripts/train/main.ts (TypeScript, importing src/) with esbuild and runs it;
// arguments pass through (a CoNLL-2003 folder other than ../shared/dev/conll2003, --epochs, --prune, --out).
import { build } from 'esbuild';

await build({
  entryPoints: { train: 'scripts/train/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: { __ANALYSIS_VERSION__: '"train"' },
  banner: { js: "import { createRequire as __rkCreateRequire } from 'node:module'; const require = __rkCreateRequire(import.meta.url);" },
});
await import(new URL('../dist/train.js', import.meta.url).href);
