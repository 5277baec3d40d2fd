// The house rule of src/ui (README, Architecture): a feature folder imports only itself, the
// shared layer, the data sources and code outside the UI; never the root (state.ts, the frame,
// the keymap) nor a sibling feature. Only the registry sees every feature.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = resolve(__dirname, '../../../src/ui');
const FEATURES = join(UI, 'features');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Relative module specifiers of a file: static imports and exports, and import() calls. */
function relativeImports(source: string): string[] {
  const found = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\1/g)];
  return found.map((m) => m[2]);
}

/** Why an import from a feature's file breaks the rule, or null when it keeps it. */
function breach(file: string, spec: string): string | null {
  const target = resolve(dirname(file), spec);
  const inUi = relative(UI, target);
  if (inUi.startsWith('..')) return null;
  const [top, name] = inUi.split(sep);
  if (top === 'shared' || top === 'sources') return null;
  const own = relative(FEATURES, file).split(sep)[0];
  if (top === 'features' && name === own) return null;
  return top === 'features' ? `imports the feature ${name}` : `imports the root (${inUi})`;
}

describe('the UI house', () => {
  it('the rule sees a sibling feature, the root state and the frame, and allows the shared layer', () => {
    const file = join(FEATURES, 'quotes', 'state.ts');
    expect(breach(file, '../entities/state')).toBe('imports the feature entities');
    expect(breach(file, '../../state')).toMatch(/^imports the root/);
    expect(breach(file, '../../frame')).toMatch(/^imports the root/);
    expect(breach(file, './filter')).toBeNull();
    expect(breach(file, '../../shared/nav')).toBeNull();
    expect(breach(file, '../../sources/analysis/state')).toBeNull();
    expect(breach(file, '../../../analysis/cite')).toBeNull();
    expect(relativeImports("import type { A } from './a';\nexport { b } from '../b';\nconst c = await import('./c');")).toEqual(['./a', '../b', './c']);
  });

  it('no module under src/ui/features/ (but the registry) imports the root or another feature', () => {
    const files = filesUnder(FEATURES);
    expect(files.length).toBeGreaterThan(40);
    const breaches = files
      .filter((f) => relative(FEATURES, f) !== 'registry.ts')
      .flatMap((f) => relativeImports(readFileSync(f, 'utf8')).flatMap((spec) => {
        const why = breach(f, spec);
        return why ? [`${relative(UI, f)}: '${spec}' ${why}`] : [];
      }));
    expect(breaches).toEqual([]);
  });

  it('the shared layer and the sources import no feature and not the root', () => {
    const lower = [...filesUnder(join(UI, 'shared')), ...filesUnder(join(UI, 'sources'))];
    const up = lower.flatMap((f) =>
      relativeImports(readFileSync(f, 'utf8')).flatMap((spec) => {
        const inUi = relative(UI, resolve(dirname(f), spec));
        const top = inUi.split(sep)[0];
        return inUi.startsWith('..') || top === 'shared' || top === 'sources' ? [] : [`${relative(UI, f)}: '${spec}'`];
      }),
    );
    expect(up).toEqual([]);
  });
});
