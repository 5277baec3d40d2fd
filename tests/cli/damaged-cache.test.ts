// A damaged analysis cache costs a warning and a recomputation, never the command.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const corpus = mkdtempSync(join(tmpdir(), 'rknews-damaged-corpus-'));
writeFileSync(
  join(corpus, 'summit.txt'),
  'Leaders meet\n\nPresident Vladimir Putin met Kim Jong Un in Vladivostok. "The talks went well," Putin said.\n',
);
writeFileSync(join(corpus, 'reply.txt'), 'A reply\n\nThe United Nations criticised the meeting. "We are concerned," said Antonio Guterres.\n');

type Shard = { version: string; entries: Record<string, { entities: { mentions: unknown[] }[] }> };

/** Runs a command with a cache folder of its own; `cache` (path → content) is written there first. */
function run(args: string[], cache: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'rknews-damaged-cache-'));
  for (const [name, content] of Object.entries(cache)) {
    mkdirSync(dirname(join(home, 'rknews', name)), { recursive: true });
    writeFileSync(join(home, 'rknews', name), content);
  }
  const result = runCli([...args, '-c', corpus, '--json'], { XDG_CACHE_HOME: home });
  return { ...result, home, files: readdirSync(join(home, 'rknews'), { recursive: true }).map(String) };
}

// The per-article cache is a folder of shards named by the text hash's first two characters.
const clean = run(['entities']);
const cacheDir = clean.files.find((f) => /^entities-[^/]*$/.test(f))!;
const shards = clean.files.filter((f) => f.startsWith(`${cacheDir}/`));
const shardJson = (name: string) => JSON.parse(readFileSync(join(clean.home, 'rknews', name), 'utf8')) as Shard;
const [firstHash, secondHash] = shards.flatMap((f) => Object.keys(shardJson(f).entries));
const shardOf = (hash: string) => `${cacheDir}/${hash.slice(0, 1)}.json`;
const cacheName = shardOf(firstHash);

/** The clean run's per-article cache with `change` applied to the shard holding `hash` (the shard alone: the corpus-level cache is left out). */
function damaged(change: (json: Shard) => unknown, hash = firstHash): Record<string, string> {
  const files = Object.fromEntries(shards.map((f) => [f, JSON.stringify(shardJson(f))]));
  return { ...files, [shardOf(hash)]: JSON.stringify(change(shardJson(shardOf(hash)))) };
}

describe('a damaged entity cache', () => {
  it('is written by a clean run', () => {
    expect(clean.code).toBe(0);
    expect(cacheDir).toBeDefined();
    expect(secondHash).toBeDefined();
  });

  it('whose entries are null is set aside with a one-line warning; the output is as without it', () => {
    const r = run(['entities'], damaged((j) => ({ ...j, entries: null })));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    expect(r.stderr).toMatch(/^rknews: warning: the analysis cache was unreadable \(.*\); set aside as .*\.corrupt-[^\n]*\n$/);
    expect(r.files.some((f) => f.startsWith(`${cacheName}.corrupt-`))).toBe(true);
  });

  const badEntries: [string, string, (j: Shard) => unknown][] = [
    ['a number', firstHash, (j) => ((j.entries[firstHash] = 5 as never), j)],
    ['entities that are a string', firstHash, (j) => ((j.entries[firstHash] = { entities: 'x' } as never), j)],
    ['a mention starting at 1e9', secondHash, (j) => (j.entries[secondHash].entities[0].mentions.push({ start: 1e9, end: 1e9 + 1 }), j)],
    ['a mention ending at -5', secondHash, (j) => (j.entries[secondHash].entities[0].mentions.push({ start: 0, end: -5 }), j)],
  ];
  for (const [label, hash, change] of badEntries) {
    it(`with an entry holding ${label}: the entry is recomputed, the output is as without it`, () => {
      const r = run(['entities'], damaged(change, hash));
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(clean.stdout);
      expect(r.stderr).toBe('rknews: warning: 1 analysis cache entry was invalid and recomputed\n');
    });
  }

  for (const args of [['quotes'], ['search', 'talks'], ['stories']]) {
    it(`does not stop \`rknews ${args[0]}\``, () => {
      const expected = run(args);
      const r = run(args, damaged((j) => ({ ...j, entries: { [firstHash]: 5 } })));
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
    });
  }

  it('holding escape sequences is named in a warning printed whole, escaped, with its newline', () => {
    const r = run(['entities'], { ...damaged((j) => j), [cacheName]: `{"version":"${shardJson(cacheName).version}","entries":\x1b]0;TITLE\x07\x1b[2J}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stderr).toContain(String.raw`Unexpected token '\x1b'`);
    expect(r.stderr).toMatch(/^rknews: warning: the analysis cache was unreadable \(.*\); set aside as .*\.corrupt-[^\n]*\n$/);
  });

  it('left half-written by a killed run (its temporary file) is cleaned up by the next run', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const shard = cacheName.slice(cacheDir.length + 1);
    const stale = `${cacheDir}/.${shard}.${deadPid}.${Date.now() - 5000}.tmp`;
    const live = `${cacheDir}/.${shard}.${process.pid}.${Date.now()}.tmp`; // a save in progress elsewhere
    const r = run(['entities'], { ...damaged((j) => j), [stale]: '{"version":"half', [live]: '{"version":"half' });
    expect(r.code).toBe(0);
    expect(r.files).not.toContain(stale);
    expect(r.files).toContain(live);
  });
});
