import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, TEST_ENV } from '../helpers/cli';

// Enough output to overflow a pipe's buffer, so the writer really meets the closed pipe.
function wireFile(records: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-pipe-'));
  const file = join(dir, 'wire.jsonl');
  const line = (i: number) =>
    JSON.stringify({ id: `w${i}`, title: `Story number ${i} about the harbour`, body: `The harbour reopened on day ${i}. Traffic resumed.` });
  writeFileSync(file, Array.from({ length: records }, (_, i) => line(i)).join('\n') + '\n');
  return file;
}

/** Runs `rknews ARGS | head -1` in a shell; returns rknews's exit status, its stderr and what head kept. */
function throughHead(args: string[]): { status: number; stderr: string; firstLine: string } {
  const errFile = join(mkdtempSync(join(tmpdir(), 'rknews-pipe-err-')), 'stderr');
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} 2>"$ERR" | head -1; echo "status=\${PIPESTATUS[0]}"`], {
    encoding: 'utf8',
    env: { ...process.env, ...TEST_ENV, ERR: errFile },
    timeout: 60_000,
  });
  const [firstLine, statusLine] = r.stdout.trimEnd().split('\n');
  return { status: Number(/status=(\d+)/.exec(statusLine ?? '')?.[1]), stderr: readFileSync(errFile, 'utf8'), firstLine };
}

describe('output into a pipe that closes early (`| head -1`)', () => {
  const file = wireFile(20_000);
  for (const args of [['list'], ['list', '--json']]) {
    it(`rknews ${args.join(' ')} ends quietly with the SIGPIPE status`, () => {
      const r = throughHead([...args, '-c', file]);
      expect(r.firstLine.length).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(141);
    });
  }
});
