// The built reader loads the analysis runner after its first frame; with a worker pool the analyser
// itself (tagger, models, quote rules: most of the program) runs in the workers only. Loading it in
// the UI thread as well was a single step of about 0.1 s and 30 MB that stayed resident.
// Reads the bundle `node scripts/build.mjs` makes (which `npm test` runs first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHUNKS = fileURLToPath(new URL('../../dist/chunks', import.meta.url));
const source = (name: string) => readFileSync(join(CHUNKS, name), 'utf8');

/** The chunk and every chunk it imports statically (`from "./chunk…"`), not the ones it imports when needed (`import("./…")`). */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const m of source(name).matchAll(/\bfrom\s*"\.\/([\w.-]+\.js)"/g)) todo.push(m[1]);
  }
  return seen;
}

describe('the analysis runner in the built reader', () => {
  const chunks = readdirSync(CHUNKS).filter((f) => f.endsWith('.js'));
  const holding = (code: string) => chunks.filter((f) => source(f).includes(code));

  it('loads the analyser only when it analyses in its own thread', () => {
    const [runner] = holding('function analyseWithCache(');
    const analyser = holding('function mergeEntities(');
    expect(runner).toBeDefined();
    expect(analyser.length).toBeGreaterThan(0);
    const loaded = staticClosure(runner);
    expect(analyser.filter((f) => loaded.has(f))).toEqual([]);
    expect([...loaded].some((f) => source(f).includes('function entitiesInPool('))).toBe(true);
  });
});
