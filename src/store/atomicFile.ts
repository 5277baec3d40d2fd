// Files that are either the old or the new version, never half of each, and a
// damaged file that costs the user a warning rather than a crash.
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import { printable } from '../corpus/sanitize';
import { processAlive } from './processAlive';
import { firstProblem } from './schemas';

/** A temporary file older than this is left from an interrupted write even if its pid is in use again. */
const STALE_TEMP_MS = 15 * 60_000;

/** `.<name>.<pid>.<epoch ms>.tmp` beside the target: the pid and time say whose it is and since when. */
function tempFileFor(path: string, now: number): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${now}.tmp`);
}

/** Writes to a temporary file beside the target, then renames it over the target (atomic on POSIX). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempFileFor(path, Date.now());
  try {
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created; nothing to clean.
    }
    throw error;
  }
}

/** writeFileAtomic without blocking: a search index of 100,000 articles took 0.67 s to write at once. */
export async function writeFileAtomicAsync(path: string, data: Uint8Array): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempFileFor(path, Date.now());
  try {
    await writeFile(temp, data, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** Lines per write of writeLinesAtomicAsync: each joined and written is a bounded step for a UI thread. */
const LINES_PER_WRITE = 2_000;

/**
 * writeFileAtomic for a file of many lines, written without blocking: the lines are joined and
 * written a batch at a time (joining Reuters' corpus caches at once blocked the reader).
 */
export async function writeLinesAtomicAsync(path: string, lines: readonly string[]): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempFileFor(path, Date.now());
  try {
    const file = await open(temp, 'w', 0o600);
    try {
      for (let i = 0; i < lines.length; i += LINES_PER_WRITE) {
        const last = i + LINES_PER_WRITE >= lines.length;
        await file.write(lines.slice(i, i + LINES_PER_WRITE).join('\n') + (last ? '' : '\n'));
      }
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Removes the temporary files that interrupted writes of `path` left behind (a kill -9 during a
 * save): those of a process that no longer runs, or too old to be a write in progress. Another
 * running rknews's write in progress is left alone. Returns the names removed.
 */
export function removeStaleTempFiles(path: string, now = Date.now()): string[] {
  return removeStale(dirname(path), `.${basename(path)}.`, /^(\d+)\.(\d+)\.tmp$/, now);
}

/** removeStaleTempFiles for every file in a folder at once: for a cache of many small files, read one by one. */
export function removeStaleTempFilesIn(dir: string, now = Date.now()): string[] {
  return removeStale(dir, '.', /\.(\d+)\.(\d+)\.tmp$/, now);
}

/** When this process started (epoch ms), the same in each of its threads. */
const processStartMs = () => Date.now() - process.uptime() * 1000;

/** Removes the stale temporary files in `dir` named `prefix…`, `owned` finding their pid and start time. */
function removeStale(dir: string, prefix: string, owned: RegExp, now: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder yet, or unreadable: nothing we could clean
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const owner = owned.exec(name.slice(prefix.length));
    if (!owner) continue;
    const pid = Number(owner[1]);
    const started = Number(owner[2]);
    // One with this process's pid is an earlier process's when it predates this one; else it is a
    // write another of this process's threads (an analysis worker) has under way.
    const live = pid === process.pid ? started >= processStartMs() : processAlive(pid) && now - started < STALE_TEMP_MS;
    if (live) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already (another rknews cleaned it), or not ours to remove: either way, nothing to do.
    }
  }
  return removed;
}

export type JsonRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /** The file could not be parsed or validated; it was renamed to `setAside` (null if even that failed). */
  | { status: 'corrupt'; setAside: string | null; reason: string };

type Corrupt = Extract<JsonRead<unknown>, { status: 'corrupt' }>;

/** The user's warning for a damaged cache file: a cache is rebuilt, so only where the old one went matters. */
export function damagedCacheWarning(what: string, read: Corrupt): string {
  return `the ${what} cache was unreadable (${read.reason}); set aside as ${read.setAside ?? 'nothing'}`;
}

/** The user's warning for a damaged state file (the user's own data): where it is now, and that a fresh one starts. */
export function damagedStateWarning(what: string, file: string, read: Corrupt): string {
  const where = read.setAside ? `moved to ${read.setAside}` : 'left in place';
  return `${what} ${file} was unreadable (${read.reason}); ${where}, starting afresh`;
}

/**
 * Reads a JSON file and validates it against its schema. A file that does not parse or validate
 * is renamed to `<name>.corrupt-<timestamp>` so the next write does not destroy what the user may
 * want to inspect. The reason is printable: it may quote the file's bytes, escape sequences
 * included. Reading a file first clears what interrupted writes of it left behind (unless the
 * caller did so for its whole folder: `tempFilesCleaned`).
 */
export function readJsonFile<S extends v.GenericSchema>(path: string, schema: S, opts: { tempFilesCleaned?: boolean } = {}): JsonRead<v.InferOutput<S>> {
  if (!opts.tempFilesCleaned) removeStaleTempFiles(path);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    return unreadable(error);
  }
  return parsedJson(path, raw, schema);
}

/**
 * A large file's text read while a UI runs, without blocking the thread, after clearing what
 * interrupted writes of it left behind. The caller parses it (a step at a time) and sets it aside
 * with `setAsideDamaged` if it is damaged.
 */
export async function readTextFileAsync(path: string): Promise<{ status: 'ok'; text: string } | Exclude<JsonRead<never>, { status: 'ok' }>> {
  removeStaleTempFiles(path);
  try {
    return { status: 'ok', text: await readFile(path, 'utf8') };
  } catch (error) {
    return unreadable(error);
  }
}

/** A file found damaged, renamed out of the way as readJsonFile does. */
export function setAsideDamaged(path: string, reason: string): Corrupt {
  return { status: 'corrupt', setAside: setAside(path), reason: printable(reason) };
}

function unreadable(error: unknown): Exclude<JsonRead<never>, { status: 'ok' }> {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
  return { status: 'corrupt', setAside: null, reason: printable((error as Error).message) };
}

/** The file's text parsed and validated; a file that fails is set aside. */
function parsedJson<S extends v.GenericSchema>(path: string, raw: string, schema: S): JsonRead<v.InferOutput<S>> {
  let reason: string;
  try {
    const parsed = v.safeParse(schema, JSON.parse(raw));
    if (parsed.success) return { status: 'ok', value: parsed.output };
    reason = `unexpected structure (${firstProblem(parsed.issues)})`;
  } catch (error) {
    reason = (error as Error).message;
  }
  return { status: 'corrupt', setAside: setAside(path), reason: printable(reason) };
}

/** Renames a damaged file out of the way; null when even that failed. */
function setAside(path: string): string | null {
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(path, aside);
    return aside;
  } catch {
    return null;
  }
}
