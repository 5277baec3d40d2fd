import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsRecords, writeNewsCorpus } from '../../bench/newsSynth';
import { loadCorpus } from '../../src/corpus';

const records = (articles: number, seed?: number) => [...newsRecords({ articles, seed })];

describe('newsRecords', () => {
  it('is deterministic: the same seed gives the same archive, another seed another', () => {
    expect(records(50, 7)).toEqual(records(50, 7));
    expect(records(50, 8)).not.toEqual(records(50, 7));
  });

  it('makes the number of records asked for, with unique ids, ISO days and a known outlet', () => {
    const made = records(300);
    expect(made).toHaveLength(300);
    expect(new Set(made.map((r) => r.id)).size).toBe(300);
    for (const r of made) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source).not.toBe('');
      expect(r.title).not.toBe('');
    }
  });

  it('reads like news: quotations, numbers, titled people, and several outlets telling one story', () => {
    const made = records(300);
    const bodies = made.map((r) => r.body);
    expect(bodies.filter((b) => /[“"][A-Z][^”"]+[,.][”"]/.test(b)).length).toBeGreaterThan(150);
    expect(bodies.filter((b) => /\d/.test(b)).length).toBe(300);
    expect(bodies.filter((b) => /\b(President|Minister|Governor|Senator|Dr\.|General|Mayor|Judge|Ambassador) [A-Z]\w+/.test(b)).length).toBeGreaterThan(200);
    // Stories: consecutive records about the same place and event, from different outlets.
    const sameStory = made.filter((r, i) => i > 0 && r.body.split(' - ')[0] === made[i - 1].body.split(' - ')[0]);
    expect(sameStory.length).toBeGreaterThan(50);
    expect(new Set(made.map((r) => r.source)).size).toBeGreaterThan(5);
  });

  it('grows its vocabulary of names with the archive, as a real archive does', () => {
    const surnames = (n: number) => new Set(records(n).flatMap((r) => r.body.match(/\b(?:Senator|Governor|Mayor|Judge) [A-Z]\w+ ([A-Z]\w+)/g) ?? []));
    expect(surnames(1000).size).toBeGreaterThan(surnames(100).size * 3);
  });

  it('is about as long as a Reuters story on average (100-200 words)', () => {
    const made = records(1000);
    const mean = made.reduce((sum, r) => sum + r.body.split(/\s+/).length, 0) / made.length;
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(200);
  });
});

describe('writeNewsCorpus', () => {
  it('writes JSON Lines the corpus loader reads whole, with the stated outlet and date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rknews-news-synth-'));
    try {
      const path = join(dir, 'news.jsonl');
      const bytes = writeNewsCorpus(path, { articles: 2500, seed: 3 });
      expect(bytes).toBe(Buffer.byteLength(readFileSync(path, 'utf8')));
      const { articles, problems } = loadCorpus([path]);
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(2500);
      const first = records(1, 3)[0];
      expect(articles[0].outlet).toEqual({ value: first.source, from: 'explicit' });
      expect(articles[0].date).toEqual({ value: first.date, from: 'explicit' });
      expect(articles[0].text).toContain(first.body.split('\n')[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
