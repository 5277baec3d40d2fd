// rknews killed (SIGKILL) while it analyses, or while it writes a cache file, loses nothing: the
// next run gives the same output as a run never interrupted, and reuses what the killed run had
// saved (the analysis cache is written as the analysis goes).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCliAsync, TEST_ENV, type CliResult } from '../helpers/cli';
import { seedCorpus } from '../helpers/corpus';

/** 160 articles made from the seeds' bodies, each made distinct by a sentence of its own: several seconds of analysis. */
function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-kill-corpus-'));
  const bodies = seedCorpus().articles.map((a) => a.text.slice(a.body.start, a.body.end));
  for (let i = 0; i < 160; i++) {
    writeFileSync(join(dir, `a${i}.txt`), `Report ${i}\n\n"We met on day ${i}," said Minister Ola Nord${i} in Bergen.\n\n${bodies[i % bodies.length]}\n`);
  }
  return dir;
}

const ARTICLES = 160;
/**
 * A hang guard, not an expectation. On two cores shared with other work (load 13-19), one analysis
 * of this corpus took 5 to 32 s of wall time for 2.3 s of CPU, a reference run outlasted the 60 s
 * each run once had, and the last test took 204 s: so no run is timed on its own.
 */
const HANG_GUARD_MS = 600_000;
const cacheFiles = (home: string) => (existsSync(join(home, 'rknews')) ? readdirSync(join(home, 'rknews'), { recursive: true }).map(String) : []);

/** Starts `rknews COMMAND` and kills it with SIGKILL once `when` holds for its cache folder; a run that gets to its end first just ends. */
function killWhen(home: string, corpus: string, when: (files: string[]) => boolean, command = 'entities'): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [BIN, command, '-c', corpus, '--json'], {
    env: { ...process.env, ...TEST_ENV, XDG_CACHE_HOME: home, RKNEWS_WORKERS: '1' },
    stdio: 'ignore',
  });
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (when(cacheFiles(home))) child.kill('SIGKILL');
    }, 10);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

function debugCounts(stderr: string): { analysed: number; fromCache: number; quotesFound: number; quotesFromCache: number; withoutMarks: number } {
  const m = /analysed (\d+) articles, (\d+) from the entity cache.*quotes found in (\d+), (\d+) from the quote cache, (\d+) without quotation marks/.exec(stderr);
  if (!m) throw new Error(`no debug line in: ${stderr}`);
  return { analysed: Number(m[1]), fromCache: Number(m[2]), quotesFound: Number(m[3]), quotesFromCache: Number(m[4]), withoutMarks: Number(m[5]) };
}

describe('rknews killed during analysis', { timeout: HANG_GUARD_MS }, () => {
  const corpus = corpusDir();
  let clean: CliResult;
  let cleanQuotes: CliResult;
  beforeAll(async () => {
    [clean, cleanQuotes] = await Promise.all([
      runCliAsync(['entities', '-c', corpus, '--json'], { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'rknews-kill-')) }),
      runCliAsync(['quotes', '-c', corpus, '--json'], { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'rknews-kill-')) }),
    ]);
  }, HANG_GUARD_MS);

  it('keeps what it had analysed: the next run reuses it and prints what an uninterrupted run prints', async () => {
    expect(clean.code).toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'rknews-kill-'));
    // Killed once the first cache shards are on disk, long before the end.
    const signal = await killWhen(home, corpus, (files) => files.some((f) => /^entities-[^/]+\/[\w-]\.json$/.test(f)));
    expect(signal).toBe('SIGKILL');
    const files = cacheFiles(home);
    // The corpus-level results are written at the end: the run was killed before it.
    expect(files.some((f) => f.startsWith('corpus-'))).toBe(false);

    const again = await runCliAsync(['entities', '-c', corpus, '--json'], { XDG_CACHE_HOME: home, RKNEWS_DEBUG: '1' });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(clean.stdout);
    const { analysed, fromCache } = debugCounts(again.stderr);
    expect(fromCache).toBeGreaterThan(0);
    expect(analysed + fromCache).toBe(ARTICLES);
    expect(analysed).toBeLessThan(ARTICLES);
  });

  it('killed while it finds quotes, keeps the quotes it had found: the next run reuses them and prints what an uninterrupted run prints', async () => {
    expect(cleanQuotes.code).toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'rknews-kill-'));
    // Killed once the first quote cache shards are on disk, before the quotes of every article are found.
    const signal = await killWhen(home, corpus, (files) => files.some((f) => /^quotes-[^/]+\/[\w-]\.json$/.test(f)), 'quotes');
    expect(signal).toBe('SIGKILL');
    expect(cacheFiles(home).some((f) => f.endsWith('.quotes.jsonl'))).toBe(false);

    const again = await runCliAsync(['quotes', '-c', corpus, '--json'], { XDG_CACHE_HOME: home, RKNEWS_DEBUG: '1' });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(cleanQuotes.stdout);
    const { quotesFound, quotesFromCache, withoutMarks } = debugCounts(again.stderr);
    expect(quotesFromCache).toBeGreaterThan(0);
    expect(quotesFound + quotesFromCache + withoutMarks).toBe(ARTICLES);
  });

  it('killed at any moment, a cache write included, leaves no damaged cache and no leftover temporary file', async () => {
    const home = mkdtempSync(join(tmpdir(), 'rknews-kill-'));
    // Each run is killed as soon as a cache write of its own is under way (a new temporary file), or at its end:
    // entity cache writes first, then (in `quotes`, once the entities are cached) quote cache writes.
    for (const command of ['entities', 'entities', 'entities', 'entities', 'quotes', 'quotes', 'quotes']) {
      const before = new Set(cacheFiles(home));
      await killWhen(home, corpus, (files) => files.some((f) => f.endsWith('.tmp') && !before.has(f)), command);
    }
    const quotes = await runCliAsync(['quotes', '-c', corpus, '--json'], { XDG_CACHE_HOME: home, RKNEWS_DEBUG: '1' });
    expect(quotes.code).toBe(0);
    expect(quotes.stdout).toBe(cleanQuotes.stdout);
    expect(quotes.stderr).not.toMatch(/warning/);
    const again = await runCliAsync(['entities', '-c', corpus, '--json'], { XDG_CACHE_HOME: home, RKNEWS_DEBUG: '1' });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(clean.stdout);
    // No shard was damaged (nothing set aside, no warning), and the killed writes' temporary files were cleaned.
    expect(again.stderr).not.toMatch(/warning/);
    expect(cacheFiles(home).filter((f) => f.includes('.corrupt-'))).toEqual([]);
    // What the killed runs saved is used (per article, or the corpus's results when a run got to its end).
    expect(debugCounts(again.stderr).analysed).toBeLessThan(ARTICLES);
    const third = await runCliAsync(['entities', '-c', corpus, '--json'], { XDG_CACHE_HOME: home });
    expect(third.stdout).toBe(clean.stdout);
    expect(cacheFiles(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
