// The reader's first frame loads only what it draws: the code reached by static imports from the
// entry and from the reader holds neither the tagger model (most of the program's size), nor the
// feeds' fetching and HTML extraction, nor the Markdown parser. They are imported when first used.
import { describe, expect, it } from 'vitest';
import { build, type Metafile } from 'esbuild';
// @ts-expect-error: a plain .mjs module of build options, without types
import { nodeBundle } from '../../scripts/esbuild-node.mjs';

async function metafile(): Promise<Metafile> {
  const result = await build({
    ...nodeBundle,
    entryPoints: ['src/main.ts'],
    outdir: 'unused',
    splitting: true,
    write: false,
    metafile: true,
    jsx: 'automatic',
    define: { __ANALYSIS_VERSION__: '"test"' },
    external: ['react-devtools-core'],
    logLevel: 'silent',
  });
  if (!result.metafile) throw new Error('esbuild gave no metafile');
  return result.metafile;
}

/** Every module reached from `entry` by static imports only. */
function staticallyReached(meta: Metafile, entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let module = queue.pop(); module !== undefined; module = queue.pop()) {
    for (const imp of meta.inputs[module]?.imports ?? []) {
      if (imp.kind === 'import-statement' && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  return seen;
}

const LATER = [/tagger\/model\.json$/, /node_modules\/linkedom\//, /node_modules\/feedsmith\//, /node_modules\/mdast-util-from-markdown\//];

describe('what the first frame loads', () => {
  it('leaves the tagger model, feeds, HTML extraction and the Markdown parser to dynamic imports', async () => {
    const meta = await metafile();
    for (const entry of ['src/main.ts', 'src/ui/run.tsx']) {
      const reached = [...staticallyReached(meta, entry)];
      expect(reached.length).toBeGreaterThan(10);
      expect(reached.filter((m) => LATER.some((p) => p.test(m)))).toEqual([]);
    }
    // They are still part of the program, behind import().
    expect(Object.keys(meta.inputs).filter((m) => LATER.some((p) => p.test(m))).length).toBeGreaterThanOrEqual(LATER.length);
  }, 60_000);
});
