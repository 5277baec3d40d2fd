import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storePaths } from '../../src/store/paths';
import {
  articleKey,
  corpusKey,
  loadReadingState,
  noChanges,
  readingStateFile,
  saveReadingState,
} from '../../src/store/readingState';
import { mergeReadMarks, packReadMarks, unpackReadMarks } from '../../src/store/readMarks';

afterEach(() => vi.unstubAllEnvs());

describe('store paths', () => {
  it('honour XDG_STATE_HOME and XDG_CACHE_HOME', () => {
    vi.stubEnv('XDG_STATE_HOME', '/tmp/xdg-state');
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg-cache');
    expect(storePaths()).toEqual({ state: '/tmp/xdg-state/rknews', cache: '/tmp/xdg-cache/rknews' });
    expect(readingStateFile()).toBe('/tmp/xdg-state/rknews/reading-state.json');
  });
});

describe('reading state', () => {
  it('keys articles by content and corpora by their sorted paths', () => {
    expect(articleKey({ text: 'same' })).toBe(articleKey({ text: 'same' }));
    expect(articleKey({ text: 'same' })).not.toBe(articleKey({ text: 'other' }));
    const a = { path: '/a' } as never;
    const b = { path: '/b' } as never;
    expect(corpusKey({ articles: [a, b] })).toBe(corpusKey({ articles: [b, a] }));
    expect(corpusKey({ articles: [a] })).not.toBe(corpusKey({ articles: [a, b] }));
  });

  it('survives a save and a load', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const state = noChanges();
    state.read.set('k1', 10);
    state.positions.set('c1', { article: 'k1', cursor: 'k1', offset: 42, line: 3, width: 70, focus: 'reader', updated: 11 });
    saveReadingState(state, file);
    const loaded = loadReadingState(file);
    expect(loaded.warning).toBeNull();
    expect(loaded.state).toEqual({ read: state.read, positions: state.positions });
  });

  it('starts afresh with a warning when the file is corrupt, and keeps the bad file aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    writeFileSync(file, '{"version":1,"read":["k"],"positions":{}}');
    const loaded = loadReadingState(file);
    expect(loaded.state.read.size).toBe(0);
    expect(loaded.warning).toMatch(/unreadable.*moved to .*corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith('rs.json.corrupt-'))).toBe(true);
  });

  it('keeps only the most recent positions', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const state = noChanges();
    for (let i = 0; i < 250; i++) state.positions.set(`c${i}`, { article: null, cursor: null, offset: 0, line: 0, width: 80, focus: 'list', updated: i });
    saveReadingState(state, file);
    const loaded = loadReadingState(file).state;
    expect(loaded.positions.size).toBe(200);
    expect(loaded.positions.has('c249')).toBe(true);
    expect(loaded.positions.has('c0')).toBe(false);
  });
});

const position = (article: string, updated: number) =>
  ({ article, cursor: article, offset: 0, line: 0, width: 80, focus: 'reader', updated }) as const;

/** One running reader: the state it loaded at start, and what it changed since. */
function reader(file: string) {
  const loaded = loadReadingState(file).state;
  let changes = noChanges();
  return {
    loaded,
    mark(...keys: string[]) {
      for (const k of keys) changes.read.set(k, 1);
    },
    unmark(...keys: string[]) {
      for (const k of keys) changes.unread.add(k);
    },
    at(corpus: string, article: string) {
      changes.positions.set(corpus, position(article, Date.now()));
    },
    save() {
      saveReadingState(changes, file);
      changes = noChanges();
    },
  };
}

describe('two readers at once', () => {
  it('on the same corpus, both keep their marks', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const a = reader(file);
    const b = reader(file);
    a.mark('k1', 'k3');
    a.save();
    b.mark('k2', 'k5');
    b.save();
    expect([...loadReadingState(file).state.read.keys()].sort()).toEqual(['k1', 'k2', 'k3', 'k5']);
  });

  it('an unmark in one reader removes only that mark', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const first = reader(file);
    first.mark('k1', 'k2');
    first.save();
    const a = reader(file);
    const b = reader(file);
    b.mark('k3');
    b.save();
    a.unmark('k1');
    a.save();
    expect([...loadReadingState(file).state.read.keys()].sort()).toEqual(['k2', 'k3']);
  });

  it('on different corpora sharing the state folder, each keeps its marks and position', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    const a = reader(file);
    const b = reader(file);
    a.mark('a1');
    a.at('corpusA', 'a1');
    a.save();
    b.mark('b1');
    b.at('corpusB', 'b1');
    b.save();
    const { state } = loadReadingState(file);
    expect([...state.read.keys()].sort()).toEqual(['a1', 'b1']);
    expect(state.positions.get('corpusA')?.article).toBe('a1');
    expect(state.positions.get('corpusB')?.article).toBe('b1');
  });

  it('waits for another process that holds the lock, then merges into what it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    const other = { version: 2, read: 'theirs:1', positions: {} };
    // Another rknews: takes the lock, writes its marks a moment later, then lets go.
    const script = `
      const fs = require('node:fs');
      fs.writeFileSync(process.argv[1] + '.lock', String(process.pid), { flag: 'wx' });
      process.stdout.write('locked\\n');
      setTimeout(() => {
        fs.writeFileSync(process.argv[1], process.argv[2]);
        fs.unlinkSync(process.argv[1] + '.lock');
      }, 300);`;
    const child = spawn(process.execPath, ['-e', script, file, JSON.stringify(other)]);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const mine = noChanges();
    mine.read.set('mine', 2);
    saveReadingState(mine, file);
    expect([...loadReadingState(file).state.read.keys()].sort()).toEqual(['mine', 'theirs']);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('does not take a lock that another process has created but not yet written its pid into', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    // Another process: creates the lock empty, and a moment later reports whether it is still its own, then lets go.
    const script = `
      const fs = require('node:fs');
      const lock = process.argv[1] + '.lock';
      fs.writeFileSync(lock, '', { flag: 'wx' });
      process.stdout.write('locked\\n');
      setTimeout(() => {
        process.stdout.write(fs.existsSync(lock) && fs.readFileSync(lock, 'utf8') === '' ? 'intact\\n' : 'taken\\n');
        fs.unlinkSync(lock);
      }, 300);`;
    const child = spawn(process.execPath, ['-e', script, file]);
    let said = '';
    child.stdout.on('data', (d) => (said += d));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const mine = noChanges();
    mine.read.set('k', 1);
    saveReadingState(mine, file);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(said).toBe('locked\nintact\n');
    expect(loadReadingState(file).state.read.has('k')).toBe(true);
  });

  it('takes over a lock left with its own pid by an earlier process', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    writeFileSync(`${file}.lock`, String(process.pid));
    const mine = noChanges();
    mine.read.set('k', 1);
    saveReadingState(mine, file);
    expect(loadReadingState(file).state.read.has('k')).toBe(true);
  });

  it('takes over a lock whose process is gone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    writeFileSync(`${file}.lock`, '999999999');
    const mine = noChanges();
    mine.read.set('k', 1);
    saveReadingState(mine, file);
    expect(loadReadingState(file).state.read.has('k')).toBe(true);
  });
});

describe('reading state files', () => {
  it('reads the version 1 format, and writes the compact version 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
    writeFileSync(file, JSON.stringify({ version: 1, read: { k1: 10 }, positions: { c: position('k1', 3) } }));
    expect(loadReadingState(file)).toEqual({ state: { read: new Map([['k1', 10]]), positions: new Map([['c', position('k1', 3)]]) }, warning: null });
    const more = noChanges();
    more.read.set('k2', 20);
    saveReadingState(more, file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 2, read: 'k1:a k2:k' });
    expect([...loadReadingState(file).state.read]).toEqual([
      ['k1', 10],
      ['k2', 20],
    ]);
  });

  it('sets aside a file whose read marks are neither packed nor an object', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    writeFileSync(file, JSON.stringify({ version: 2, read: 5, positions: {} }));
    expect(loadReadingState(file).warning).toMatch(/unreadable \(unexpected structure \(read: /);
    expect(readdirSync(dir).some((f) => f.startsWith('rs.json.corrupt-'))).toBe(true);
  });

  it('warns about an escape-laden file in printable form, whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    writeFileSync(file, '{"version":1,"read":\x1b]0;TITLE\x07\x1b[2J}');
    const { warning } = loadReadingState(file);
    expect(warning).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(warning).toMatch(/\\x1b\]0;TITLE\\x07/);
    expect(warning).toMatch(/starting afresh$/);
  });

  it('saves over a damaged file, setting it aside, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-rs-'));
    const file = join(dir, 'rs.json');
    writeFileSync(file, '{"version":1,');
    const mine = noChanges();
    mine.read.set('k', 1);
    expect(saveReadingState(mine, file)).toMatch(/unreadable/);
    expect(loadReadingState(file).state.read.has('k')).toBe(true);
    expect(readdirSync(dir).some((f) => f.startsWith('rs.json.corrupt-'))).toBe(true);
  });
});

describe('packed read marks', () => {
  it('take only the wanted keys, and leave damaged tokens out', () => {
    expect(unpackReadMarks('a:1 b:2 c:zz', new Set(['a', 'c', 'x']))).toEqual(new Map([['a', 1], ['c', 36 * 36 - 1]]));
    expect(unpackReadMarks('a:1 junk b: :3 c:-4  d:5 e:TOOLONGTIME123')).toEqual(new Map([['a', 1], ['d', 5]]));
  });

  for (const [label, many] of [['a few keys', 1], ['many keys', 40]] as const) {
    it(`merge a session's changes in place (${label})`, () => {
      const read = new Map([['b', 20]]);
      const unread = new Set(['a', 'zz']);
      for (let i = 0; i < many; i++) unread.add(`other${i}`);
      const merged = mergeReadMarks('a:1 ab:2 b:3 xb:4', read, unread);
      expect(unpackReadMarks(merged)).toEqual(new Map([['ab', 2], ['xb', 4], ['b', 20]]));
      expect(merged).toBe('ab:2 xb:4 b:k');
    });
  }

  it('round-trip through pack and unpack', () => {
    const read = new Map([['k1', 0], ['k2', Date.UTC(2026, 0, 1)]]);
    expect(unpackReadMarks(packReadMarks(read))).toEqual(read);
    expect(mergeReadMarks('', new Map(), new Set())).toBe('');
  });
});

describe('a damaged read mark', () => {
  for (const [version, read] of [
    [1, { k1: 1, k2: 'yesterday', k3: -4 }],
    [2, 'k1:1 k2:yesterday! k3:-4'],
  ] as const) {
    it(`is skipped, keeping the others, before and after a save (version ${version} file)`, () => {
      const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
      writeFileSync(file, JSON.stringify({ version, read, positions: {} }));
      const expected = { state: { read: new Map([['k1', 1]]), positions: new Map() }, warning: null };
      expect(loadReadingState(file)).toEqual(expected);
      saveReadingState(noChanges(), file);
      expect(loadReadingState(file)).toEqual(expected);
    });
  }
});

describe('loading for one corpus', () => {
  for (const version of [1, 2]) {
    it(`takes only the marks of the wanted keys (version ${version} file)`, () => {
      const file = join(mkdtempSync(join(tmpdir(), 'rknews-rs-')), 'rs.json');
      const read = version === 1 ? { k1: 1, k2: 2, k3: 3 } : 'k1:1 k2:2 k3:?';
      writeFileSync(file, JSON.stringify({ version, read, positions: {} }));
      expect(loadReadingState(file, new Set(['k2', 'k3', 'k4'])).state.read).toEqual(new Map(version === 1 ? [['k2', 2], ['k3', 3]] : [['k2', 2]]));
    });
  }
});
