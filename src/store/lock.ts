// A lock file beside a store file, so two running rknews read-merge-write it in turn and
// neither overwrites what the other just saved. Synchronous, because the last save happens
// on the way out (a signal handler), where nothing asynchronous runs any more.
import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { processAlive } from './processAlive';

/** How long to wait for another process's save to finish; a save takes milliseconds to seconds. */
const WAIT_MS = 10_000;
/**
 * A lock this old is left from a process whose pid was reused (or that hung): far longer than any
 * save takes, even packing millions of marks on a loaded machine.
 */
const STALE_MS = 10 * 60_000;
const RETRY_MS = 10;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** A lock without a pid in it is being written (it is created, then written), unless it is this old. */
const UNWRITTEN_STALE_MS = 5_000;

/**
 * A lock is stale when its process no longer runs, or it is very old. One holding this process's
 * pid is left from an earlier process that had the same pid: this process holds a lock only
 * within one synchronous call.
 */
function isStale(lock: string, now: number): boolean {
  try {
    const text = readFileSync(lock, 'utf8');
    const age = now - statSync(lock).mtimeMs;
    const pid = Number(text);
    if (text === '' || !Number.isSafeInteger(pid)) return age > UNWRITTEN_STALE_MS;
    return pid === process.pid || !processAlive(pid) || age > STALE_MS;
  } catch {
    return false; // released meanwhile: try again
  }
}

function acquire(lock: string): void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const now = Date.now();
    if (isStale(lock, now)) {
      try {
        unlinkSync(lock);
      } catch {
        // Another waiter removed it first.
      }
      continue;
    }
    if (now > deadline) throw new Error(`${lock} is held by another rknews`);
    sleep(RETRY_MS);
  }
}

/** Runs `fn` while holding `<path>.lock`. Throws when the lock cannot be had (its caller reports that). */
export function withFileLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  acquire(lock);
  try {
    return fn();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Already gone (judged stale by another process): nothing to release.
    }
  }
}
