// Bundles the CLI and the evaluation script into dist/: one file each, because
// resolving Ink and React module by module roughly doubles start-up time.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (React) call require() for Node built-ins.
  banner: { js: "import { createRequire as __rkCreateRequire } from 'node:module'; const require = __rkCreateRequire(import.meta.url);" },
  // The language model is data loaded on demand; bundling it gains nothing.
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'react-devtools-core'],
};

// Splitting keeps the TUI (Ink, React) in its own chunk, so `rknews list` never parses it.
await build({ ...shared, entryPoints: { rknews: 'src/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
