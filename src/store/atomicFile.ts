// Files that are either the old or the new version, never half of each, and a
// damaged file that costs the user a warning rather than a crash.
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes to a temporary file beside the target, then renames it over the target (atomic on POSIX). */
export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
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

export type JsonRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /** The file could not be parsed or validated; it was renamed to `setAside` (null if even that failed). */
  | { status: 'corrupt'; setAside: string | null; reason: string };

/**
 * Reads and validates a JSON file. A file that does not parse or validate is renamed
 * to `<name>.corrupt-<timestamp>` so the next write does not destroy what the user may want to inspect.
 */
export function readJsonFile<T>(path: string, validate: (value: unknown) => value is T): JsonRead<T> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', setAside: null, reason: (error as Error).message };
  }
  let reason: string;
  try {
    const value: unknown = JSON.parse(raw);
    if (validate(value)) return { status: 'ok', value };
    reason = 'unexpected structure';
  } catch (error) {
    reason = (error as Error).message;
  }
  const setAside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(path, setAside);
    return { status: 'corrupt', setAside, reason };
  } catch {
    return { status: 'corrupt', setAside: null, reason };
  }
}
