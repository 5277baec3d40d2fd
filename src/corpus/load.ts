// Files and folders to RawDocs. Nothing here throws for bad input: every file that cannot be used,
// or is used with a caveat, becomes a LoadProblem, so one bad file never hides the rest.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { sanitizeText } from './sanitize';
import { splitFrontMatter } from './formats/frontMatter';
import { jsonRecords } from './formats/json';
import { splitLines } from './formats/lines';
import { mapRecord } from './formats/records';
import { decodeUtf16WithBom } from './formats/utf16';
import { containsNul, decodeUtf8 } from './formats/utf8';
import type { LoadOptions, LoadProblem, LoadResult, RawDoc, StatedMeta } from './types';

export interface FileStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
}

/** The file system calls the loader makes; tests replace some to inject failures. */
export interface FileIO {
  /** Follows symlinks. */
  stat(path: string): FileStat;
  /** Does not follow symlinks: tells a dangling link from a missing path. */
  lstat(path: string): FileStat;
  readdir(path: string): string[];
  realpath(path: string): string;
  /** The file's bytes in order; each chunk is a fresh buffer the caller may keep. */
  readChunks(path: string): Iterable<Uint8Array>;
}

const CHUNK_BYTES = 1 << 20;

function* readFileChunks(path: string): Generator<Uint8Array> {
  const fd = fs.openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = fs.readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export const nodeFileIO: FileIO = {
  stat: (p) => fs.statSync(p),
  lstat: (p) => fs.lstatSync(p),
  readdir: (p) => fs.readdirSync(p),
  realpath: (p) => fs.realpathSync(p),
  readChunks: readFileChunks,
};

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const SUPPORTED = new Set(['.txt', '.md', '.jsonl', '.json']);
const SUPPORTED_LIST = '.txt, .md, .jsonl or .json';

/** A loaded document before its id is made unique across everything loaded. */
interface Draft {
  baseId: string;
  /** Put in front of baseId (`prefix/baseId`) when another draft has the same baseId. */
  prefix: string;
  path: string;
  text: string;
  meta: StatedMeta;
}

interface Candidate {
  path: string;
  size: number;
}

/** "permission denied (EACCES)" from Node's "EACCES: permission denied, open '/x'". */
function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const m = /^[A-Z0-9_]+: ([^,]+)/.exec(e?.message ?? '');
  if (m && e.code) return `${m[1]} (${e.code})`;
  return e?.message ?? String(err);
}

/**
 * Node decodes file names as UTF-8, so a name in another encoding comes back with U+FFFD and can
 * no longer be opened: say so rather than "no such file".
 */
function missingReason(path: string): string {
  return path.includes('\uFFFD') ? 'file name is not valid UTF-8, so it cannot be opened' : 'no such file or folder';
}

function formatBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

function stemOf(path: string): string {
  return sanitizeText(nodePath.basename(path, nodePath.extname(path)));
}

function parentNameOf(path: string): string {
  return sanitizeText(nodePath.basename(nodePath.dirname(nodePath.resolve(path))));
}

class Loader {
  readonly problems: LoadProblem[] = [];
  readonly drafts: Draft[] = [];
  private readonly visitedDirs = new Set<string>();
  private readonly visitedFiles = new Set<string>();

  constructor(
    private readonly io: FileIO,
    private readonly maxBytes: number,
  ) {}

  problem(path: string, reason: string, severity: LoadProblem['severity'] = 'skipped'): void {
    // Paths and reasons reach the terminal too, and file names may hold control characters.
    this.problems.push({ path: sanitizeText(path), reason: sanitizeText(reason), severity });
  }

  /** stat, or null after recording why the path cannot be used. */
  private statOrProblem(path: string): FileStat | null {
    try {
      return this.io.stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        let isLink = false;
        try {
          this.io.lstat(path);
          isLink = true;
        } catch {
          // not there at all
        }
        this.problem(path, isLink ? 'dangling symlink (its target does not exist)' : missingReason(path));
      } else if (code === 'ELOOP') {
        this.problem(path, 'symlink loop (too many levels of symbolic links)');
      } else {
        this.problem(path, `cannot access: ${describeFsError(err)}`);
      }
      return null;
    }
  }

  addPath(path: string): void {
    const st = this.statOrProblem(path);
    if (!st) return;
    if (st.isDirectory()) {
      const found: Candidate[] = [];
      // Nothing more to say about a folder already walked (through another path) or unreadable.
      if (this.walk(path, found) !== 'walked') return;
      if (found.length === 0) {
        this.problem(path, `folder has no ${SUPPORTED_LIST} files`);
        return;
      }
      // Sorted by full path, so the order does not depend on how the walk met the files.
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const c of found) this.loadFile(c);
      return;
    }
    const ext = nodePath.extname(path).toLowerCase();
    if (!SUPPORTED.has(ext)) {
      this.problem(path, `unsupported file type ${ext || '(no extension)'}; expected ${SUPPORTED_LIST}`);
      return;
    }
    if (!st.isFile()) {
      this.problem(path, 'not a regular file');
      return;
    }
    this.loadFile({ path, size: st.size });
  }

  /** Collect supported files under `dir`, unless it was walked before (a loop or a repeat). */
  private walk(dir: string, found: Candidate[]): 'walked' | 'seen before' | 'unreadable' {
    let real: string;
    let names: string[];
    try {
      real = this.io.realpath(dir);
      if (this.visitedDirs.has(real)) return 'seen before';
      this.visitedDirs.add(real);
      names = this.io.readdir(dir);
    } catch (err) {
      this.problem(dir, `cannot read folder: ${describeFsError(err)}`);
      return 'unreadable';
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = nodePath.join(dir, name);
      const ext = nodePath.extname(name).toLowerCase();
      const st = this.statOrProblem(path);
      if (!st) continue;
      if (st.isDirectory()) this.walk(path, found);
      else if (!SUPPORTED.has(ext)) continue;
      else if (st.isFile()) found.push({ path, size: st.size });
      else this.problem(path, 'not a regular file');
    }
    return 'walked';
  }

  /** True the first time a file's real path is seen; later sightings (links, repeats) are dropped. */
  private firstVisit(path: string): boolean {
    let real: string;
    try {
      real = this.io.realpath(path);
    } catch (err) {
      this.problem(path, `cannot access: ${describeFsError(err)}`);
      return false;
    }
    if (this.visitedFiles.has(real)) return false;
    this.visitedFiles.add(real);
    return true;
  }

  private loadFile(c: Candidate): void {
    if (!this.firstVisit(c.path)) return;
    const ext = nodePath.extname(c.path).toLowerCase();
    if (ext === '.jsonl') {
      this.loadJsonLines(c.path);
      return;
    }
    // Checked before reading, so a huge file costs nothing.
    if (c.size > this.maxBytes) {
      this.problem(c.path, `file is ${formatBytes(c.size)}, over the limit of ${formatBytes(this.maxBytes)}`);
      return;
    }
    const text = this.readText(c.path);
    if (text === null) return;
    if (ext === '.json') this.addJsonRecords(c.path, text);
    else this.addTextFile(c.path, text);
  }

  /** Whole file as decoded (not yet sanitised) text, or null after recording why not. */
  private readText(path: string): string | null {
    const parts: Uint8Array[] = [];
    let total = 0;
    try {
      for (const chunk of this.io.readChunks(path)) {
        total += chunk.length;
        if (total > this.maxBytes) {
          // Grew since stat: hold to the limit all the same.
          this.problem(path, `file is over the limit of ${formatBytes(this.maxBytes)}`);
          return null;
        }
        parts.push(chunk);
      }
    } catch (err) {
      this.problem(path, `cannot read: ${describeFsError(err)}`);
      return null;
    }
    const bytes = Buffer.concat(parts, total);
    const utf16 = decodeUtf16WithBom(bytes);
    if (utf16 !== null) return utf16.trim() === '' ? (this.problem(path, 'empty file'), null) : utf16;
    if (containsNul(bytes)) {
      this.problem(path, 'binary file (contains NUL bytes)');
      return null;
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.text.trim() === '') {
      this.problem(path, 'empty file');
      return null;
    }
    if (decoded.firstInvalidByte !== null) this.warnInvalidUtf8(path, decoded.firstInvalidByte);
    return decoded.text;
  }

  private warnInvalidUtf8(path: string, byte: number): void {
    this.problem(path, `invalid UTF-8 at byte ${byte}; decoded with replacement characters`, 'warning');
  }

  private addTextFile(path: string, raw: string): void {
    const text = sanitizeText(raw);
    if (text.trim() === '') {
      this.problem(path, 'no text left after removing control characters');
      return;
    }
    const { meta, body } = splitFrontMatter(text);
    if (body.trim() === '') {
      this.problem(path, 'no text after front matter');
      return;
    }
    this.drafts.push({ baseId: stemOf(path), prefix: parentNameOf(path), path, text: body, meta });
  }

  /**
   * JSON is parsed first and each string field sanitised after: raw control bytes are invalid JSON
   * anyway, and removing them first could eat the quotes and brackets after them.
   */
  private addJsonRecords(path: string, text: string): void {
    const found = jsonRecords(text);
    if (!found.ok) {
      this.problem(path, found.reason);
      return;
    }
    const stem = stemOf(path);
    for (const { value, index } of found.records) {
      const where = index === null ? path : `${path}#${index}`;
      const fallbackId = index === null ? stem : `${stem}#${index}`;
      this.addRecord(value, where, fallbackId, path);
    }
  }

  /**
   * A record's own id goes under the file's stem when it collides; an id made from the file name
   * goes under the parent folder, like a file's.
   */
  private addRecord(value: unknown, where: string, fallbackId: string, file: string): void {
    const rec = mapRecord(value);
    if (!rec.ok) {
      this.problem(where, rec.reason);
      return;
    }
    const own = rec.id !== null;
    this.drafts.push({
      baseId: rec.id ?? fallbackId,
      prefix: own ? stemOf(file) : parentNameOf(file),
      path: where,
      text: rec.text,
      meta: rec.meta,
    });
  }

  /** Forget what a file added so far, when it turns out it cannot be used at all. */
  private rollBack(drafts: number, problems: number): void {
    this.drafts.length = drafts;
    this.problems.length = problems;
  }

  /**
   * Streams the file line by line: a JSON Lines corpus may be far larger than any one article, so
   * the size limit applies to each line. A NUL anywhere discards the whole file as binary.
   */
  private loadJsonLines(path: string): void {
    const draftsBefore = this.drafts.length;
    const problemsBefore = this.problems.length;
    const stem = stemOf(path);
    let firstInvalid: number | null = null;
    let sawContent = false;
    try {
      for (const line of splitLines(this.io.readChunks(path), this.maxBytes)) {
        const where = `${path}#${line.number}`;
        if (line.bytes === null) {
          this.problem(where, `line is ${formatBytes(line.size)}, over the limit of ${formatBytes(this.maxBytes)}`);
          sawContent = true;
          continue;
        }
        if (containsNul(line.bytes)) {
          this.rollBack(draftsBefore, problemsBefore);
          this.problem(path, 'binary file (contains NUL bytes)');
          return;
        }
        // TextDecoder drops a BOM at the start of each decode, so line 1's BOM goes here.
        const decoded = decodeUtf8(line.bytes);
        if (firstInvalid === null && decoded.firstInvalidByte !== null) {
          firstInvalid = line.offset + decoded.firstInvalidByte;
        }
        if (decoded.text.trim() === '') continue;
        sawContent = true;
        let value: unknown;
        try {
          value = JSON.parse(decoded.text);
        } catch (err) {
          this.problem(where, `malformed JSON: ${(err as Error).message}`);
          continue;
        }
        this.addRecord(value, where, `${stem}#${line.number}`, path);
      }
    } catch (err) {
      this.rollBack(draftsBefore, problemsBefore);
      this.problem(path, `cannot read: ${describeFsError(err)}`);
      return;
    }
    if (!sawContent) {
      this.problem(path, 'empty file');
      return;
    }
    if (firstInvalid !== null) this.warnInvalidUtf8(path, firstInvalid);
  }
}

/**
 * Ids are file stems (or record ids). Where several drafts share one, each becomes `prefix/id`
 * (prefix: the parent folder's name, or the file stem for a record's own id, e.g. `sport/199`);
 * any that still collide get `~2`, `~3`, ... in load order.
 */
function assignIds(drafts: Draft[]): RawDoc[] {
  const count = new Map<string, number>();
  for (const d of drafts) count.set(d.baseId, (count.get(d.baseId) ?? 0) + 1);
  const wanted = drafts.map((d) => (count.get(d.baseId)! > 1 ? `${d.prefix}/${d.baseId}` : d.baseId));
  const taken = new Set(wanted);
  const seen = new Set<string>();
  return drafts.map((d, i) => {
    let id = wanted[i];
    if (seen.has(id)) {
      let n = 2;
      while (taken.has(`${id}~${n}`)) n++;
      id = `${id}~${n}`;
      taken.add(id);
    }
    seen.add(id);
    return { id, path: sanitizeText(d.path), text: d.text, meta: d.meta };
  });
}

/**
 * Load articles from files and folders (folders recursively, files in path order). Supported:
 * .txt and .md (optional front matter), .jsonl (one record a line) and .json (an array of records
 * or one record). Symlinks are followed; each real file is loaded once. A doc's path is the path as
 * given or joined (not resolved through links); records add `#line` (JSON Lines, from 1) or
 * `#index` (JSON arrays, from 0). `maxFileBytes` bounds each file, except JSON Lines, which are
 * streamed and bounded line by line.
 */
export function loadDocs(paths: string[], opts: LoadOptions & { io?: FileIO } = {}): LoadResult {
  const loader = new Loader(opts.io ?? nodeFileIO, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  for (const p of paths) loader.addPath(p);
  return { docs: assignIds(loader.drafts), problems: loader.problems };
}

