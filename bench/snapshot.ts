// A private copy of the built program for long benchmarks: `node scripts/build.mjs` deletes
// dist/chunks before writing new ones, so a build by anyone else during a ten-minute run would
// make every later spawn of bin/rknews.js fail. The copy is taken when it starts cleanly.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from here or from the bundle in dist/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'bin', 'rknews.js'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the rknews repository root');
    dir = up;
  }
  return dir;
}

export interface Snapshot {
  /** The launcher to run with node, as bin/rknews.js. */
  bin: string;
  remove: () => void;
}

const ATTEMPTS = 10;

/** Copies bin/, dist/ and package.json to a temporary folder, retrying while a build is under way. */
export function snapshotProgram(root = repoRoot()): Snapshot {
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-bench-program-'));
    const remove = () => rmSync(dir, { recursive: true, force: true });
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(join(root, 'bin', 'rknews.js'), join(dir, 'bin', 'rknews.js'));
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      symlinkSync(join(root, 'seeds'), join(dir, 'seeds'));
      const bin = join(dir, 'bin', 'rknews.js');
      const check = spawnSync(process.execPath, [bin, 'list', '-c', join(root, 'seeds')], { encoding: 'utf8' });
      if (check.status === 0) return { bin, remove };
      throw new Error(check.stderr.trim().split('\n').slice(0, 5).join(' '));
    } catch (error) {
      remove();
      if (attempt === ATTEMPTS) throw new Error(`no working copy of dist/ after ${ATTEMPTS} tries (is a build running?): ${(error as Error).message}`);
      spawnSync('sleep', ['3']);
    }
  }
}
