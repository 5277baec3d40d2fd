// A damaged file that cannot be set aside (renaming it fails) must not be overwritten by a save.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { noChanges, saveReadingState } from '../../src/store/readingState';
import { saveSearchHistory } from '../../src/store/searchHistory';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (String(to).includes('.corrupt-')) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

describe('a damaged file that cannot be set aside', () => {
  it('is left as it is by a reading state save, which fails', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-inplace-')), 'rs.json');
    writeFileSync(file, '{"version":1,"read":{"precious"');
    const changes = noChanges();
    changes.read.set('k', 1);
    expect(() => saveReadingState(changes, file)).toThrow(/could not be read or set aside/);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"read":{"precious"');
  });

  it('is left as it is by a search history save, which fails', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rknews-inplace-')), 'history.json');
    writeFileSync(file, '{"version":1,"queries":["precious"');
    expect(() => saveSearchHistory(['q'], file)).toThrow(/could not be read or set aside/);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"queries":["precious"');
  });
});
