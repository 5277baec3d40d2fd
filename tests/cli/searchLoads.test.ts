// `rknews search` loads the search code and not the analysis (its tagger and speech models) or the
// library's HTML extraction, unless the query asks for quotes or entities: compiling them was a
// tenth of a warm search on Reuters.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

/** The bundle files a run of the CLI loads, read back as text. */
function loadedCode(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-loads-'));
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const r = runCli(args, { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` });
  expect(r.code).toBe(0);
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  return urls.map((u) => readFileSync(new URL(u), 'utf8')).join('\n');
}

describe('rknews search', () => {
  it('loads neither the analysis nor the HTML extraction for a text query', () => {
    const code = loadedCode(['search', 'korea', '--json']);
    expect(code).toContain('src/search/engine.ts');
    expect(code).not.toContain('src/analysis/entities/tagger/');
    expect(code).not.toContain('@mozilla/readability');
  });

  it('loads the analysis when the query asks for quotes', () => {
    expect(loadedCode(['search', 'in:quotes korea', '--json'])).toContain('src/analysis/quotes/');
  });
});
