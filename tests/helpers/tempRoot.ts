import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test (or a program it spawns) makes lands under
 * one root for the run, removed when the run ends, so test runs leave nothing behind in /tmp.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'rknews-tests-'));
  process.env.TMPDIR = root;
  // The reader saves its search index in the cache folder: tests that render it must not write the user's.
  process.env.XDG_CACHE_HOME = mkdtempSync(join(root, 'cache-'));
  return () => rmSync(root, { recursive: true, force: true });
}
