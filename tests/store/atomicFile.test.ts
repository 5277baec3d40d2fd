import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile, writeFileAtomic } from '../../src/store/atomicFile';

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number');

describe('atomic files', () => {
  it('writes through a temporary file, creating the folder, and leaves no temporary behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'deep', 'state.json');
    writeFileAtomic(file, '[1,2]');
    writeFileAtomic(file, '[3]');
    expect(readFileSync(file, 'utf8')).toBe('[3]');
    expect(readdirSync(join(dir, 'deep'))).toEqual(['state.json']);
  });

  it('reads a valid file, reports a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'a.json');
    expect(readJsonFile(file, isNumbers)).toEqual({ status: 'missing' });
    writeFileSync(file, '[1]');
    expect(readJsonFile(file, isNumbers)).toEqual({ status: 'ok', value: [1] });
  });

  it('sets a corrupt or unexpected file aside instead of failing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-atomic-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"trunc');
    const bad = readJsonFile(file, isNumbers);
    expect(bad.status).toBe('corrupt');
    if (bad.status !== 'corrupt') return;
    expect(bad.setAside).toMatch(/a\.json\.corrupt-/);
    expect(readFileSync(bad.setAside!, 'utf8')).toBe('{"trunc');
    expect(readdirSync(dir)).not.toContain('a.json');

    writeFileSync(file, '{"not": "numbers"}');
    expect(readJsonFile(file, isNumbers)).toMatchObject({ status: 'corrupt', reason: 'unexpected structure' });
  });
});
