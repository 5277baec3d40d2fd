// A damaged analysis cache costs a warning and a recomputation, never the command.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const corpus = mkdtempSync(join(tmpdir(), 'rknews-damaged-corpus-'));
writeFileSync(
  join(corpus, 'summit.txt'),
  'Leaders meet\n\nPresident Vladimir Putin met Kim Jong Un in Vladivostok. "The talks went well," Putin said.\n',
);
writeFileSync(join(corpus, 'reply.txt'), 'A reply\n\nThe United Nations criticised the meeting. "We are concerned," said Antonio Guterres.\n');

type CacheJson = { version: string; entries: Record<string, { entities: { mentions: unknown[] }[] }> };

/** Runs a command with a cache folder of its own; `cache` (file name → content) is written there first. */
function run(args: string[], cache: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'rknews-damaged-cache-'));
  mkdirSync(join(home, 'rknews'));
  for (const [name, content] of Object.entries(cache)) writeFileSync(join(home, 'rknews', name), content);
  const result = runCli([...args, '-c', corpus, '--json'], { XDG_CACHE_HOME: home });
  return { ...result, home, files: readdirSync(join(home, 'rknews')) };
}

const clean = run(['entities']);
const cacheName = clean.files.find((f) => /^entities-.*\.json$/.test(f))!;
const cacheJson = JSON.parse(readFileSync(join(clean.home, 'rknews', cacheName), 'utf8')) as CacheJson;
const [firstHash, secondHash] = Object.keys(cacheJson.entries);

function damaged(change: (json: CacheJson) => unknown): Record<string, string> {
  return { [cacheName]: JSON.stringify(change(structuredClone(cacheJson))) };
}

describe('a damaged entity cache', () => {
  it('is written by a clean run', () => {
    expect(clean.code).toBe(0);
    expect(cacheName).toBeDefined();
    expect(Object.keys(cacheJson.entries)).toHaveLength(2);
  });

  it('whose entries are null is set aside with a one-line warning; the output is as without it', () => {
    const r = run(['entities'], damaged((j) => ({ ...j, entries: null })));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    expect(r.stderr).toMatch(/^rknews: warning: the analysis cache was unreadable \(.*\); set aside as .*\.corrupt-[^\n]*\n$/);
    expect(r.files.some((f) => f.startsWith(`${cacheName}.corrupt-`))).toBe(true);
  });

  const badEntries: [string, (j: CacheJson) => unknown][] = [
    ['a number', (j) => ((j.entries[firstHash] = 5 as never), j)],
    ['entities that are a string', (j) => ((j.entries[firstHash] = { entities: 'x' } as never), j)],
    ['a mention starting at 1e9', (j) => (j.entries[secondHash].entities[0].mentions.push({ start: 1e9, end: 1e9 + 1 }), j)],
    ['a mention ending at -5', (j) => (j.entries[secondHash].entities[0].mentions.push({ start: 0, end: -5 }), j)],
  ];
  for (const [label, change] of badEntries) {
    it(`with an entry holding ${label}: the entry is recomputed, the output is as without it`, () => {
      const r = run(['entities'], damaged(change));
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
    const r = run(['entities'], { [cacheName]: `{"version":"${cacheJson.version}","entries":\x1b]0;TITLE\x07\x1b[2J}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stderr).toContain(String.raw`Unexpected token '\x1b'`);
    expect(r.stderr).toMatch(/^rknews: warning: the analysis cache was unreadable \(.*\); set aside as .*\.corrupt-[^\n]*\n$/);
  });

  it('left half-written by a killed run (its temporary file) is cleaned up by the next run', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `.${cacheName}.${deadPid}.${Date.now() - 5000}.tmp`;
    const live = `.${cacheName}.${process.pid}.${Date.now()}.tmp`; // a save in progress elsewhere
    const r = run(['entities'], { [cacheName]: JSON.stringify(cacheJson), [stale]: '{"version":"half', [live]: '{"version":"half' });
    expect(r.code).toBe(0);
    expect(r.files).not.toContain(stale);
    expect(r.files).toContain(live);
  });
});
