import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readJsonFile, removeStaleTempFiles, writeFileAtomic, writeLinesAtomicAsync } from '../../src/store/atomicFile';

const numbers = v.array(v.number());

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('atomic files', () => {
  it('writes through a temporary file, creating the folder, and leaves no temporary behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'deep', 'state.json');
    writeFileAtomic(file, '[1,2]');
    writeFileAtomic(file, '[3]');
    expect(readFileSync(file, 'utf8')).toBe('[3]');
    expect(readdirSync(join(dir, 'deep'))).toEqual(['state.json']);
  });

  it('writes many lines through a temporary file a batch at a time, joined by newlines, leaving no temporary behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'deep', 'lines.jsonl');
    const lines = Array.from({ length: 4_500 }, (_, i) => JSON.stringify({ i }));
    await writeLinesAtomicAsync(file, ['old']);
    await writeLinesAtomicAsync(file, lines);
    expect(readFileSync(file, 'utf8')).toBe(lines.join('\n'));
    expect(readdirSync(join(dir, 'deep'))).toEqual(['lines.jsonl']);
  });

  it('reads a valid file, reports a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'a.json');
    expect(readJsonFile(file, numbers)).toEqual({ status: 'missing' });
    writeFileSync(file, '[1]');
    expect(readJsonFile(file, numbers)).toEqual({ status: 'ok', value: [1] });
  });

  it('sets a corrupt or unexpected file aside instead of failing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"trunc');
    const bad = readJsonFile(file, numbers);
    expect(bad.status).toBe('corrupt');
    if (bad.status !== 'corrupt') return;
    expect(bad.setAside).toMatch(/a\.json\.corrupt-/);
    expect(readFileSync(bad.setAside!, 'utf8')).toBe('{"trunc');
    expect(readdirSync(dir)).not.toContain('a.json');

    writeFileSync(file, '{"not": "numbers"}');
    expect(readJsonFile(file, numbers)).toMatchObject({ status: 'corrupt', reason: expect.stringMatching(/^unexpected structure/) });
  });

  it('quotes a damaged file in its reason only in printable form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"version":1,"read":\x1b]0;TITLE\x07\x1b[2J}');
    const bad = readJsonFile(file, numbers);
    expect(bad.status).toBe('corrupt');
    if (bad.status !== 'corrupt') return;
    expect(bad.reason).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(bad.reason).toContain('\\x1b');
  });
});

describe('temporary files left by interrupted writes', () => {
  it('are removed at the next read when their process is gone or they are old, never a live write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'entities.json');
    const now = Date.now();
    const writer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']); // another rknews, writing
    try {
      const dead = `.entities.json.${deadPid()}.${now - 1000}.tmp`;
      const old = `.entities.json.${writer.pid}.${now - 60 * 60_000}.tmp`;
      const live = `.entities.json.${writer.pid}.${now - 1000}.tmp`;
      const started = now - process.uptime() * 1000;
      const ownPid = `.entities.json.${process.pid}.${Math.floor(started) - 1000}.tmp`; // an earlier process with this pid
      const ownThread = `.entities.json.${process.pid}.${now}.tmp`; // another thread of this process, writing
      const other = `.other.json.${deadPid()}.${now}.tmp`;
      for (const name of [dead, old, live, ownPid, ownThread, other]) writeFileSync(join(dir, name), 'partial');
      writeFileSync(file, '[1]');
      expect(readJsonFile(file, numbers)).toEqual({ status: 'ok', value: [1] });
      expect(readdirSync(dir).sort()).toEqual([live, ownThread, other, 'entities.json'].sort());
    } finally {
      writer.kill();
    }
  });

  it('are cleaned when the file itself is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const temp = join(dir, `.state.json.${deadPid()}.${Date.now()}.tmp`);
    writeFileSync(temp, '{"half');
    expect(removeStaleTempFiles(join(dir, 'state.json'))).toHaveLength(1);
    expect(existsSync(temp)).toBe(false);
  });
});
