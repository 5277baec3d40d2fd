// An article too long to analyse whole: `entities --json` and `quotes --json` say so on what
// comes from it (an added `limited` field), and a note on stderr names it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../src/analysis/blocks';
import { runCli } from '../helpers/cli';
import { seedCorpus } from '../helpers/corpus';

function longArticleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-limited-'));
  const bodies = seedCorpus().articles.map((a) => a.text.slice(a.body.start, a.body.end)).join('\n\n');
  writeFileSync(join(dir, 'long.txt'), `A long article\n\n${bodies.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.2) / bodies.length))}\n`);
  writeFileSync(join(dir, 'short.txt'), 'A short one\n\n"We are ready," said Minister Ana Rivas in Lisbon on Monday.\n');
  return dir;
}

interface Limit {
  analysedChars: number;
  reason: string;
}

describe('a limited article in the CLI', { timeout: 180_000 }, () => {
  const dir = longArticleDir();

  it('marks its quotes and entities as limited, and notes it on stderr', () => {
    const quotes = runCli(['quotes', '-c', dir, '--json']);
    expect(quotes.code).toBe(0);
    expect(quotes.stderr).toMatch(/note: long: analysed the first \d+ characters only/);
    const rows = JSON.parse(quotes.stdout) as { article: string; end: number; limited?: Limit }[];
    const long = rows.filter((q) => q.article === 'long');
    expect(long.length).toBeGreaterThan(10);
    for (const q of long) {
      expect(q.limited?.reason).toMatch(/longer than/);
      expect(q.end).toBeLessThanOrEqual(q.limited!.analysedChars);
    }
    for (const q of rows.filter((r) => r.article === 'short')) expect(q.limited).toBeUndefined();

    const entities = JSON.parse(runCli(['entities', '-c', dir, '--json']).stdout) as { name: string; articles: string[]; limited?: (Limit & { article: string })[] }[];
    const putin = entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.limited).toEqual([{ article: 'long', analysedChars: long[0].limited!.analysedChars, reason: long[0].limited!.reason }]);
    const rivas = entities.find((e) => e.name === 'Ana Rivas');
    expect(rivas?.articles).toEqual(['short']);
    expect(rivas?.limited).toBeUndefined();
  });
});
