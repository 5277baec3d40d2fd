// Reading state at scale: 2 million read marks (the 40 MB state), loaded as the reader
// does before its first frame (the marks of its corpus, here 1,000 articles), and saved as a
// read mark's save does (under the lock, merged into the file as it is). Medians of a few runs.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReadingState, noChanges, saveReadingState } from '../src/store/readingState';
import { median } from './stats';

const MARKS = 2_000_000;
const RUNS = 3;
const CORPUS = 1_000;

const key = (i: number) => `k${i.toString(36).padStart(21, '0')}`;

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A version 1 file (one property a mark), as rknews wrote it before the packed format. */
function writeVersion1(file: string): void {
  const read: Record<string, number> = {};
  for (let i = 0; i < MARKS; i++) read[key(i)] = 1_700_000_000_000 + i;
  writeFileSync(file, JSON.stringify({ version: 1, read, positions: {} }));
}

export async function benchStore(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-bench-store-'));
  const file = join(dir, 'reading-state.json');
  try {
    writeVersion1(file);
    const v1Bytes = statSync(file).size;
    // Every 2,000th mark: a corpus spread through the file.
    const wanted = new Set(Array.from({ length: CORPUS }, (_, i) => key(i * (MARKS / CORPUS))));
    const loadV1 = median(Array.from({ length: RUNS }, () => timed(() => loadReadingState(file, wanted))));
    const one = noChanges();
    one.read.set('new-mark', Date.now());
    one.unread.add(key(12_345));
    const convert = timed(() => saveReadingState(one, file)); // the first save packs the version 1 file
    const save = median(Array.from({ length: RUNS }, () => timed(() => saveReadingState(one, file))));
    const v2Bytes = statSync(file).size;
    const loadV2 = median(Array.from({ length: RUNS }, () => timed(() => loadReadingState(file, wanted))));
    console.log(`\nreading state, ${MARKS.toLocaleString('en')} read marks (medians of ${RUNS})`);
    console.log(`  load ${CORPUS.toLocaleString('en')} articles' marks, version 1 file (${(v1Bytes / 1e6).toFixed(0)} MB)   ${loadV1.toFixed(0)} ms`);
    console.log(`  first save, packing the version 1 file   ${convert.toFixed(0)} ms`);
    console.log(`  save a mark and an unmark (lock, read, merge, write)   ${save.toFixed(0)} ms`);
    console.log(`  load ${CORPUS.toLocaleString('en')} articles' marks, packed version 2 (${(v2Bytes / 1e6).toFixed(0)} MB)   ${loadV2.toFixed(0)} ms`);
    return { 'store.load_v1_2m_ms': loadV1, 'store.convert_v1_2m_ms': convert, 'store.save_2m_ms': save, 'store.load_v2_2m_ms': loadV2 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
