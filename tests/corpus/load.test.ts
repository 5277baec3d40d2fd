import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocs, nodeFileIO, type FileIO } from '../../src/corpus/load';
import type { LoadResult } from '../../src/corpus/types';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rknews-load-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Write files under the temp dir; string contents are UTF-8, buffers are written as is. */
function put(files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

const at = (...parts: string[]) => join(dir, ...parts);
const problemFor = (r: LoadResult, path: string) => r.problems.filter((p) => p.path === path);
const ids = (r: LoadResult) => r.docs.map((d) => d.id);

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('loadDocs: paths that cannot be loaded', () => {
  it('reports a missing path', () => {
    const r = loadDocs([at('nope')]);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([{ path: at('nope'), reason: 'no such file or folder', severity: 'skipped' }]);
  });

  it('reports an empty folder, and one holding only unsupported files', () => {
    mkdirSync(at('empty'));
    put({ 'other/report.pdf': 'x', 'other/sub/photo.jpg': 'y' });
    const r = loadDocs([at('empty'), at('other')]);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      { path: at('empty'), reason: 'folder has no .txt, .md, .jsonl or .json files', severity: 'skipped' },
      { path: at('other'), reason: 'folder has no .txt, .md, .jsonl or .json files', severity: 'skipped' },
    ]);
  });

  it('skips unsupported types silently in folders but reports one named explicitly', () => {
    put({ 'f/a.txt': 'Article.', 'f/b.pdf': '%PDF', 'doc.pdf': '%PDF', 'README': 'x' });
    const r = loadDocs([at('f'), at('doc.pdf'), at('README')]);
    expect(ids(r)).toEqual(['a']);
    expect(r.problems).toEqual([
      { path: at('doc.pdf'), reason: 'unsupported file type .pdf; expected .txt, .md, .jsonl or .json', severity: 'skipped' },
      { path: at('README'), reason: 'unsupported file type (no extension); expected .txt, .md, .jsonl or .json', severity: 'skipped' },
    ]);
  });

  it('skips empty files: zero bytes or only whitespace, in every format', () => {
    put({ 'zero.txt': '', 'blank.md': ' \n\t\r\n ', 'blank.jsonl': '\n\n  \n', 'blank.json': '  ' });
    const r = loadDocs([at('zero.txt'), at('blank.md'), at('blank.jsonl'), at('blank.json')]);
    expect(r.docs).toEqual([]);
    expect(r.problems.map((p) => [p.path, p.reason, p.severity])).toEqual([
      [at('zero.txt'), 'empty file', 'skipped'],
      [at('blank.md'), 'empty file', 'skipped'],
      [at('blank.jsonl'), 'empty file', 'skipped'],
      [at('blank.json'), 'empty file', 'skipped'],
    ]);
  });

  it('skips binary files (NUL bytes), JSON Lines included, and keeps no record of them', () => {
    put({
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x41]),
      'dump.jsonl': Buffer.concat([Buffer.from('{"body":"fine"}\n{"body":"x'), Buffer.from([0]), Buffer.from('"}\n')]),
    });
    const r = loadDocs([at('image.txt'), at('dump.jsonl')]);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      { path: at('image.txt'), reason: 'binary file (contains NUL bytes)', severity: 'skipped' },
      { path: at('dump.jsonl'), reason: 'binary file (contains NUL bytes)', severity: 'skipped' },
    ]);
  });

  it('reads UTF-16 files that start with a byte order mark instead of calling them binary', () => {
    const text = 'Title line\n\nThe body, with “quotes”.\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    put({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    });
    const r = loadDocs([at('le.txt'), at('be.txt')]);
    expect(r.problems).toEqual([]);
    expect(r.docs.map((d) => d.text)).toEqual([text, text]);
  });

  it('skips a file over the size limit without reading it', () => {
    put({ 'big.txt': 'x'.repeat(2048), 'small.txt': 'small' });
    const read: string[] = [];
    const io: FileIO = {
      ...nodeFileIO,
      readChunks: (p) => {
        read.push(p);
        return nodeFileIO.readChunks(p);
      },
    };
    const r = loadDocs([dir], { maxFileBytes: 1024, io });
    expect(ids(r)).toEqual(['small']);
    expect(r.problems).toEqual([
      { path: at('big.txt'), reason: 'file is 2,048 bytes, over the limit of 1,024 bytes', severity: 'skipped' },
    ]);
    expect(read).toEqual([at('small.txt')]);
  });

  it('applies the size limit to each line of a JSON Lines file', () => {
    const long = JSON.stringify({ body: 'y'.repeat(300) });
    put({ 'feed.jsonl': `{"body":"short one"}\n${long}\n{"body":"short two"}\n` });
    const r = loadDocs([at('feed.jsonl')], { maxFileBytes: 100 });
    expect(r.docs.map((d) => d.text)).toEqual(['short one', 'short two']);
    expect(r.problems).toEqual([
      {
        path: `${at('feed.jsonl')}#2`,
        reason: `line is ${long.length} bytes, over the limit of 100 bytes`,
        severity: 'skipped',
      },
    ]);
  });

  it('reports an unreadable file and folder with the OS reason (injected EACCES)', () => {
    put({ 'locked.txt': 'secret', 'open.txt': 'Readable.', 'shut/inner.txt': 'x' });
    const io: FileIO = {
      ...nodeFileIO,
      readChunks: (p) => {
        if (p.endsWith('locked.txt')) throw errno('EACCES', `permission denied, open '${p}'`);
        return nodeFileIO.readChunks(p);
      },
      readdir: (p) => {
        if (p.endsWith('shut')) throw errno('EACCES', `permission denied, scandir '${p}'`);
        return nodeFileIO.readdir(p);
      },
    };
    const r = loadDocs([dir], { io });
    expect(ids(r)).toEqual(['open']);
    expect(r.problems).toEqual([
      { path: at('shut'), reason: 'cannot read folder: permission denied (EACCES)', severity: 'skipped' },
      { path: at('locked.txt'), reason: 'cannot read: permission denied (EACCES)', severity: 'skipped' },
    ]);
  });

  it('reports an unreadable folder once, not also as empty', () => {
    mkdirSync(at('shut'));
    const io: FileIO = {
      ...nodeFileIO,
      readdir: (p) => {
        throw errno('EACCES', `permission denied, scandir '${p}'`);
      },
    };
    expect(loadDocs([at('shut')], { io }).problems).toEqual([
      { path: at('shut'), reason: 'cannot read folder: permission denied (EACCES)', severity: 'skipped' },
    ]);
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('reports a real chmod-000 file (skipped when running as root: root reads any file)', () => {
    put({ 'locked.txt': 'secret' });
    chmodSync(at('locked.txt'), 0o000);
    const r = loadDocs([at('locked.txt')]);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      { path: at('locked.txt'), reason: 'cannot read: permission denied (EACCES)', severity: 'skipped' },
    ]);
  });
});

describe('loadDocs: awkward names and file kinds', () => {
  it('reports a FIFO with a supported name instead of blocking on it', () => {
    put({ 'ok.txt': 'Fine.' });
    execFileSync('mkfifo', [at('pipe.txt')]);
    const r = loadDocs([dir, at('pipe.txt')]);
    expect(ids(r)).toEqual(['ok']);
    expect(r.problems).toEqual([
      { path: at('pipe.txt'), reason: 'not a regular file', severity: 'skipped' },
      { path: at('pipe.txt'), reason: 'not a regular file', severity: 'skipped' },
    ]);
  });

  it('explains a file name that is not UTF-8 rather than calling it missing', () => {
    put({ 'ok.txt': 'Fine.' });
    writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, 'latin1'), 'Latin-1 name.');
    const r = loadDocs([dir]);
    expect(ids(r)).toEqual(['ok']);
    expect(r.problems).toEqual([
      { path: at('caf\uFFFD.txt'), reason: 'file name is not valid UTF-8, so it cannot be opened', severity: 'skipped' },
    ]);
  });

  it('matches extensions in any case', () => {
    put({ 'A.TXT': 'upper', 'b.Md': 'mixed', 'c.JSONL': '{"body":"record"}' });
    expect(loadDocs([dir]).docs.map((d) => d.text)).toEqual(['upper', 'mixed', 'record']);
  });

  it('sanitises ids, paths and reasons made from file names holding escape sequences', () => {
    put({ 'evil\x1b]0;pwned\x07name.txt': 'Text.', 'bad\x1b[2J.bin.pdf': 'x' });
    const r = loadDocs([at('evil\x1b]0;pwned\x07name.txt'), at('bad\x1b[2J.bin.pdf')]);
    expect(r.docs[0].id).toBe('evilname');
    expect(r.docs[0].path).toBe(at('evilname.txt'));
    expect(r.problems[0].path).toBe(at('bad.bin.pdf'));
  });

  it('reads JSON Lines with CRLF line ends and a BOM', () => {
    put({ 'w.jsonl': '\ufeff{"id":"a","body":"one"}\r\n{"id":"b","body":"two\\r\\nlines"}\r\n' });
    const r = loadDocs([at('w.jsonl')]);
    expect(r.problems).toEqual([]);
    expect(r.docs.map((d) => [d.id, d.text])).toEqual([
      ['a', 'one'],
      ['b', 'two\nlines'],
    ]);
  });
});

describe('loadDocs: symlinks', () => {
  it('survives a folder loop and loads each real file once', () => {
    put({ 'news/a.txt': 'Article A.', 'news/deep/b.txt': 'Article B.' });
    symlinkSync('..', at('news', 'deep', 'up')); // news/deep/up -> news
    symlinkSync('.', at('news', 'self'));
    symlinkSync('a.txt', at('news', 'alias.txt'));
    const r = loadDocs([at('news')]);
    expect(r.docs.map((d) => d.text).sort()).toEqual(['Article A.', 'Article B.']);
    expect(r.problems).toEqual([]);
  });

  it('loads a path given twice, or through a link, once', () => {
    put({ 'src/a.txt': 'Article A.' });
    symlinkSync(at('src'), at('link'));
    const r = loadDocs([at('src'), at('link'), at('src', 'a.txt')]);
    expect(r.docs).toHaveLength(1);
    expect(r.problems).toEqual([]);
  });

  it('keeps the path as given, not the link target', () => {
    put({ 'real/a.txt': 'Article A.' });
    symlinkSync(at('real'), at('via'));
    const r = loadDocs([at('via')]);
    expect(r.docs[0].path).toBe(at('via', 'a.txt'));
  });

  it('reports dangling links and file links that point at each other', () => {
    put({ 'f/ok.txt': 'Fine.' });
    symlinkSync(at('f', 'gone.txt'), at('f', 'dangling.txt'));
    symlinkSync('y.txt', at('f', 'x.txt'));
    symlinkSync('x.txt', at('f', 'y.txt'));
    const r = loadDocs([at('f')]);
    expect(ids(r)).toEqual(['ok']);
    expect(r.problems).toEqual([
      { path: at('f', 'dangling.txt'), reason: 'dangling symlink (its target does not exist)', severity: 'skipped' },
      { path: at('f', 'x.txt'), reason: 'symlink loop (too many levels of symbolic links)', severity: 'skipped' },
      { path: at('f', 'y.txt'), reason: 'symlink loop (too many levels of symbolic links)', severity: 'skipped' },
    ]);
  });
});

describe('loadDocs: text files', () => {
  it('removes every escape sequence of the issue fixture and keeps the words', () => {
    const r = loadDocs([join(FIXTURES, 'escapes.txt')]);
    expect(r.problems).toEqual([]);
    expect(r.docs[0].text).not.toMatch(CONTROL);
    expect(r.docs[0].text).toContain('Before titleafter title.');
    expect(r.docs[0].text).toContain('Before 8-bitafter 8-bit.');
    expect(r.docs[0].text).toContain('Before clipboardafter clipboard.');
    expect(r.docs[0].text).toContain('Before dcsafter dcs.');
  });

  it('normalises CRLF and CR to LF and drops the BOM', () => {
    const r = loadDocs([join(FIXTURES, 'crlf-bom.txt')]);
    expect(r.docs[0].text).toBe('Title line\n\nFirst paragraph.\nOld Mac line\nend.\n');
  });

  it('loads invalid UTF-8 with replacement characters and warns where the first bad byte is', () => {
    put({ 'latin1.txt': Buffer.from([0x61, 0x62, 0x63, 0x20, 0xa3, 0x31, 0x35, 0x20, 0xe9, 0x74, 0xe9]) });
    const r = loadDocs([at('latin1.txt')]);
    expect(r.docs[0].text).toBe('abc \uFFFD15 \uFFFDt\uFFFD');
    expect(r.problems).toEqual([
      { path: at('latin1.txt'), reason: 'invalid UTF-8 at byte 4; decoded with replacement characters', severity: 'warning' },
    ]);
  });

  it('does not warn for a replacement character the file spells out in valid UTF-8', () => {
    put({ 'ok.txt': 'already replaced: \uFFFD' });
    expect(loadDocs([at('ok.txt')]).problems).toEqual([]);
  });

  it('moves front matter to meta and out of the text', () => {
    const r = loadDocs([join(FIXTURES, 'front-matter.md')]);
    expect(r.docs[0].meta).toEqual({
      title: 'A quoted: title',
      outlet: 'Example Wire',
      date: '2024-03-05',
      url: 'https://example.org/a',
      author: 'Jane Doe',
    });
    expect(r.docs[0].text).toBe('Body of the article.\n');
    expect(r.docs[0].id).toBe('front-matter');
  });

  it('takes `outlet` as well as `source`, and leaves text alone when the block is not front matter', () => {
    put({
      'outlet.txt': '---\noutlet: The Daily\n---\nText.',
      'rule.txt': '---\nA paragraph that follows a rule.\n---\nMore.',
      'open.txt': '---\ntitle: never closed\nText.',
      'only.txt': '---\ntitle: Nothing below\n---\n\n',
      'odd.txt': '---\nconstructor: x\n__proto__: y\ntitle: Odd keys\n---\nText.',
    });
    const r = loadDocs([dir]);
    const byId = new Map(r.docs.map((d) => [d.id, d]));
    expect(byId.get('outlet')?.meta).toEqual({ outlet: 'The Daily' });
    expect(byId.get('outlet')?.text).toBe('Text.');
    expect(byId.get('rule')?.text).toBe('---\nA paragraph that follows a rule.\n---\nMore.');
    expect(byId.get('rule')?.meta).toEqual({});
    expect(byId.get('open')?.text).toBe('---\ntitle: never closed\nText.');
    expect(byId.get('odd')?.meta).toEqual({ title: 'Odd keys' });
    expect(r.problems).toEqual([{ path: at('only.txt'), reason: 'no text after front matter', severity: 'skipped' }]);
  });

  it('skips a text file that holds nothing but control sequences', () => {
    put({ 'codes.txt': '\x1b[2J\x1b]0;title\x07\r\n' });
    expect(loadDocs([at('codes.txt')]).problems).toEqual([
      { path: at('codes.txt'), reason: 'no text left after removing control characters', severity: 'skipped' },
    ]);
  });

  it('sanitises front matter values', () => {
    put({ 'a.md': '---\ntitle: Evil\x1b]0;pwned\x07 title\n---\nBody.' });
    expect(loadDocs([at('a.md')]).docs[0].meta.title).toBe('Evil title');
  });

  it('reads folders recursively in path order, skipping dotfiles and dot-folders', () => {
    put({
      'c.txt': 'c',
      'a/z.md': 'z',
      'a.txt': 'a-top',
      'b/y.txt': 'y',
      '.hidden.txt': 'no',
      '.git/x.txt': 'no',
    });
    const r = loadDocs([dir]);
    expect(r.docs.map((d) => d.path)).toEqual([at('a.txt'), at('a/z.md'), at('b/y.txt'), at('c.txt')]);
  });
});

describe('loadDocs: JSON Lines and JSON', () => {
  it('loads good records and names each bad line', () => {
    const file = join(FIXTURES, 'records.jsonl');
    const r = loadDocs([file]);
    expect(r.docs).toEqual([
      {
        id: 'r1',
        path: `${file}#1`,
        text: 'A body red.',
        meta: { title: 'Good record', outlet: 'Wire', date: '2020-01-02' },
      },
      {
        id: 'records#6',
        path: `${file}#6`,
        text: 'Body from text field',
        meta: { outlet: 'Outlet B', url: 'https://b.example', author: 'Ann' },
      },
    ]);
    expect(r.problems.map((p) => [p.path, p.severity])).toEqual([
      [`${file}#2`, 'skipped'],
      [`${file}#4`, 'skipped'],
      [`${file}#5`, 'skipped'],
    ]);
    expect(r.problems[0].reason).toMatch(/^malformed JSON: /);
    expect(r.problems[1].reason).toBe('record has no body');
    expect(r.problems[2].reason).toBe('record is an array, not an object');
  });

  it('loads a JSON array with element indexes, and a single object', () => {
    const file = join(FIXTURES, 'records.json');
    put({ 'one.json': '{"title": "Solo", "outlet": "Paper", "body": "Only record."}' });
    const r = loadDocs([file, at('one.json')]);
    expect(r.docs.map((d) => [d.id, d.path, d.text])).toEqual([
      ['7', `${file}#0`, 'Seventh body'],
      ['records#2', `${file}#2`, 'Second body'],
      ['one', at('one.json'), 'Only record.'],
    ]);
    expect(r.docs[2].meta).toEqual({ title: 'Solo', outlet: 'Paper' });
    expect(r.problems).toEqual([{ path: `${file}#1`, reason: 'record has no body', severity: 'skipped' }]);
  });

  it('reports malformed and non-record JSON files', () => {
    put({ 'bad.json': '[{"body": "x"},', 'num.json': '42', 'none.json': '[]' });
    const r = loadDocs([at('bad.json'), at('num.json'), at('none.json')]);
    expect(r.docs).toEqual([]);
    expect(r.problems[0].path).toBe(at('bad.json'));
    expect(r.problems[0].reason).toMatch(/^malformed JSON: /);
    expect(r.problems.slice(1)).toEqual([
      { path: at('num.json'), reason: 'expected a JSON array of records or a single record object', severity: 'skipped' },
      { path: at('none.json'), reason: 'no records (empty array)', severity: 'skipped' },
    ]);
  });

  it('sanitises every string field of a record, id included', () => {
    const rec = {
      id: 'x\u001b[2J1',
      title: 'T\u009b1m',
      source: 'S\u202e',
      date: 'D\u0007',
      url: 'U\u001b]8;;x\u0007',
      author: 'A\r\nB',
      body: 'B\u001bPq\u001b\\ody',
    };
    put({ 'r.jsonl': JSON.stringify(rec) });
    const [doc] = loadDocs([at('r.jsonl')]).docs;
    expect(doc).toMatchObject({ id: 'x1', text: 'Body', meta: { title: 'T', outlet: 'S', date: 'D', url: 'U', author: 'A\nB' } });
  });

  it('warns about invalid UTF-8 in JSON Lines with the byte offset in the file', () => {
    put({ 'l.jsonl': Buffer.concat([Buffer.from('{"body":"ok"}\n{"body":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]) });
    const r = loadDocs([at('l.jsonl')]);
    expect(r.docs.map((d) => d.text)).toEqual(['ok', 'caf\uFFFD']);
    expect(r.problems).toEqual([
      { path: at('l.jsonl'), reason: 'invalid UTF-8 at byte 26; decoded with replacement characters', severity: 'warning' },
    ]);
  });
});

describe('loadDocs: reading in chunks', () => {
  /** Real file contents handed over a few bytes at a time, as a slow or huge file would come. */
  const tinyChunks = (size: number): FileIO => ({
    ...nodeFileIO,
    *readChunks(p) {
      for (const chunk of nodeFileIO.readChunks(p)) {
        for (let i = 0; i < chunk.length; i += size) yield chunk.slice(i, i + size);
      }
    },
  });

  it('joins lines and multi-byte characters split across chunks', () => {
    put({
      'feed.jsonl': '{"id":"a","body":"caf\u00e9 \u4e2d\u6587"}\n{"id":"b","body":"second \ud83d\ude00"}\n',
      'note.txt': 'Na\u00efve \u4e2d\u6587 text.',
    });
    const r = loadDocs([dir], { io: tinyChunks(3) });
    expect(r.problems).toEqual([]);
    expect(r.docs.map((d) => d.text)).toEqual(['caf\u00e9 \u4e2d\u6587', 'second \ud83d\ude00', 'Na\u00efve \u4e2d\u6587 text.']);
  });

  it('drops an over-long line that spans many chunks and resumes at the next line', () => {
    put({ 'feed.jsonl': `{"body":"before"}\n${JSON.stringify({ body: 'z'.repeat(500) })}\n{"body":"after"}` });
    const r = loadDocs([at('feed.jsonl')], { io: tinyChunks(7), maxFileBytes: 64 });
    expect(r.docs.map((d) => d.text)).toEqual(['before', 'after']);
    expect(r.problems.map((p) => p.path)).toEqual([`${at('feed.jsonl')}#2`]);
  });
});

describe('loadDocs: arbitrary bytes', () => {
  it('never throws, and nothing it returns holds a control character', () => {
    const bytes = fc.uint8Array({ maxLength: 300 });
    const jsonish = fc
      .array(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ unit: 'binary' }), fc.constant('{"body":"\\u001b[31mx","title":"\\u009b2J"}')), { maxLength: 5 })
      .map((lines) => Buffer.from(lines.join('\n')));
    fc.assert(
      fc.property(bytes, jsonish, bytes, (txt, jsonl, json) => {
        rmSync(dir, { recursive: true, force: true });
        put({ 'a.txt': txt, 'b.jsonl': jsonl, 'c.json': json, 'd.md': Buffer.concat([Buffer.from('---\ntitle: '), txt]) });
        const r = loadDocs([dir], { maxFileBytes: 200 });
        for (const d of r.docs) {
          for (const s of [d.id, d.path, d.text, ...Object.values(d.meta)]) expect(s).not.toMatch(CONTROL);
        }
        for (const p of r.problems) expect(p.path + p.reason).not.toMatch(CONTROL);
        expect(new Set(ids(r)).size).toBe(r.docs.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('loadDocs: ids', () => {
  it('prefixes the parent folder when stems collide, then counts', () => {
    put({ 'sport/199.txt': 's', 'tech/199.txt': 't', 'x/news/1.txt': 'a', 'y/news/1.txt': 'b', 'solo.txt': 'c' });
    const r = loadDocs([dir]);
    expect(Object.fromEntries(r.docs.map((d) => [d.text, d.id]))).toEqual({
      s: 'sport/199',
      t: 'tech/199',
      a: 'news/1',
      b: 'news/1~2',
      c: 'solo',
    });
  });

  it('makes record ids unique under the file stem', () => {
    put({ 'a.jsonl': '{"id":1,"body":"a1"}\n{"id":1,"body":"a1 again"}', 'b.jsonl': '{"id":1,"body":"b1"}\n{"id":2,"body":"b2"}' });
    const r = loadDocs([dir]);
    expect(r.docs.map((d) => [d.text, d.id])).toEqual([
      ['a1', 'a/1'],
      ['a1 again', 'a/1~2'],
      ['b1', 'b/1'],
      ['b2', '2'],
    ]);
  });

  it('never hands out the same id twice', () => {
    put({ 'p/x.txt': '1', 'q/x.txt': '2', 'x.jsonl': '{"id":"p/x","body":"3"}\n{"id":"x","body":"4"}' });
    const r = loadDocs([dir]);
    expect(new Set(ids(r)).size).toBe(r.docs.length);
  });
});

describe('loadDocs: a messy folder', () => {
  it('loads the 5 seeds and the one good record, and names the binary file', () => {
    mkdirSync(at('mix'));
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), at('mix', f));
    put({
      'mix/photo.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      'mix/empty.txt': '',
      'mix/feed.jsonl': '{"id":"good","title":"Good","body":"A fine record."}\n{"id":"bad", "body": \n',
    });
    symlinkSync('..', at('mix', 'loop'));
    const r = loadDocs([at('mix')]);
    expect(r.docs).toHaveLength(6);
    expect(new Set(r.docs.map((d) => d.path)).size).toBe(6);
    expect(r.problems).toContainEqual({ path: at('mix', 'photo.txt'), reason: 'binary file (contains NUL bytes)', severity: 'skipped' });
    expect(r.problems).toContainEqual({ path: at('mix', 'empty.txt'), reason: 'empty file', severity: 'skipped' });
    expect(r.problems.find((p) => p.path === `${at('mix', 'feed.jsonl')}#2`)?.reason).toMatch(/^malformed JSON/);
    expect(problemFor(r, at('mix', 'loop'))).toEqual([]);
  });
});
