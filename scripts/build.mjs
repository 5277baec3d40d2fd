// Bundles the program into dist/: one entry file plus lazily loaded chunks, because resolving
// Ink and React module by module roughly doubles start-up time (DESIGN.md §4).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from './esbuild-node.mjs';

/** A fingerprint of the code that produces cached analysis results: when it changes, old caches are not reused. */
function analysisVersion() {
  const hash = createHash('sha256');
  for (const dir of ['src/corpus', 'src/analysis']) {
    for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (/\.(ts|json)$/.test(file)) hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** A module in place of the one at `path`: it imports that one's default export as `real`, and `name` from `helper`, and exports `exported`. */
function standIn(path, helper, name, exported) {
  return {
    contents: `import real from ${JSON.stringify(path)};\nimport { ${name} } from ${JSON.stringify(helper)};\nexport default ${exported};\n`,
    resolveDir: dirname(path),
    loader: 'js',
  };
}

/**
 * Every `string-width` the bundle imports (Ink's, wrap-ansi's, ours) answers one-column text by its
 * length first (src/ui/shared/text/narrowWidth.ts) and asks the real module only for other text:
 * Ink measures each line of each frame, and the real one segments any line beyond ASCII.
 */
const narrowStringWidth = {
  name: 'narrow-string-width',
  setup(b) {
    const fastPath = resolve('src/ui/shared/text/narrowWidth.ts');
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'narrow-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'narrow-string-width' }, (args) =>
      standIn(args.path, fastPath, 'narrowWidth', 'function stringWidth(text, options) { const w = narrowWidth(text, options); return w < 0 ? real(text, options) : w; }'),
    );
  },
};

/**
 * Ink's renderer composes each frame with its Output class (ink/build/output.js); the bundle gets
 * it with each screen row kept from frame to frame (src/ui/shared/components/rowCachedOutput.ts),
 * so a key redraws the rows it changed, not all of them.
 */
const rowCachedOutput = {
  name: 'row-cached-output',
  setup(b) {
    const withRowCache = resolve('src/ui/shared/components/rowCachedOutput.ts');
    b.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
      if (!/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
      return { path: join(args.resolveDir, 'output.js'), namespace: 'row-cached-output' };
    });
    b.onLoad({ filter: /.*/, namespace: 'row-cached-output' }, (args) => standIn(args.path, withRowCache, 'withRowCache', 'withRowCache(real)'));
  },
};

const shared = {
  ...nodeBundle,
  plugins: [narrowStringWidth, rowCachedOutput],
  jsx: 'automatic',
  sourcemap: true,
  define: { __ANALYSIS_VERSION__: JSON.stringify(analysisVersion()) },
  // Ink imports it only when React devtools are asked for; it is not installed.
  external: ['react-devtools-core'],
};

// Each bundle is built in memory and written when all are built, chunks before the files that import
// them, each file by rename: rknews runs started meanwhile (tests, other terminals) load a whole build.
// Removing dist/chunks first broke every run started during a build (module not found).
const built = [
  // Splitting keeps the TUI (Ink, React) in its own chunk, so `rknews list` never parses it.
  await build({ ...shared, write: false, entryPoints: { rknews: 'src/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
  // The analysis worker thread, loaded by the pool from beside the bundle (src/analysis/pool/pool.ts).
  await build({ ...shared, write: false, entryPoints: { 'analysis-worker': 'src/analysis/pool/worker.ts' }, outdir: 'dist' }),
  // Developer tools: `npm run eval` and `npm run bench`.
  await build({ ...shared, write: false, entryPoints: { eval: 'scripts/eval/main.ts', bench: 'bench/run.ts' }, outdir: 'dist' }),
].flatMap((result) => result.outputFiles);

const chunksDir = resolve('dist/chunks');
const chunks = built.filter((f) => dirname(f.path) === chunksDir);
mkdirSync(chunksDir, { recursive: true });
for (const file of [...chunks, ...built.filter((f) => !chunks.includes(f))]) {
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, file.contents);
  renameSync(temp, file.path);
}
// Chunk names carry a content hash, so each build adds new ones: the earlier builds' go (not another build's temporary files).
const current = new Set(chunks.map((f) => basename(f.path)));
for (const name of readdirSync(chunksDir)) {
  if (/\.js(\.map)?$/.test(name) && !current.has(name)) rmSync(join(chunksDir, name), { force: true });
}
