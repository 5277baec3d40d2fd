// Search at Reuters' size in a real terminal (tmux): 19,043 generated articles, and the count
// on screen is exactly what a plain scan of the same articles finds. Needs `npm run build`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthTexts } from '../../bench/synth';
import { loadCorpus } from '../../src/corpus';
import type { Article } from '../../src/corpus/types';
import { wordTokens } from '../../src/search/text';
import { closeTerminals, isolatedEnv, openTerminal, requireBuild, until } from './terminal';

const ARTICLES = 19_043;
const dir = mkdtempSync(join(tmpdir(), 'rknews-e2e-scale-'));
const file = join(dir, 'generated.jsonl');
const env = isolatedEnv('rknews-e2e-scale-');

/** Articles holding the phrase's words next to each other (the stated title apart from the text). */
function scanPhrase(articles: readonly Article[], phrase: string): number {
  const words = wordTokens(phrase);
  const has = (run: string[]) => run.some((_, i) => words.every((w, k) => run[i + k] === w));
  return articles.filter((a) => has(wordTokens(a.text)) || (a.headline.from === 'explicit' && !a.titleLine && has(wordTokens(a.headline.value)))).length;
}

beforeAll(() => {
  requireBuild();
  const texts = synthTexts({ articles: ARTICLES, seed: 11, minSentences: 3, maxSentences: 8 });
  const lines = texts.map((t, i) => {
    const [title, ...body] = t.split('\n\n');
    return JSON.stringify({ id: `gen-${String(i).padStart(5, '0')}`, title, body: body.join('\n\n'), source: 'Generated' });
  });
  writeFileSync(file, lines.join('\n') + '\n');
});

afterAll(() => {
  closeTerminals();
  rmSync(dir, { recursive: true, force: true });
});

describe('search on 19,043 generated articles in tmux at 120x40', () => {
  it('shows the exact number of matching articles', { timeout: 180_000 }, async () => {
    const articles = loadCorpus([file]).articles;
    expect(articles).toHaveLength(ARTICLES);
    const expected = scanPhrase(articles, 'north korean leader');
    expect(expected).toBeGreaterThan(100);

    const t = openTerminal({ cols: 120, rows: 40, env, args: ['-c', file] });
    await until(() => expect(t.screen()).toContain('q quit'));
    t.keys('/');
    t.type('"north korean leader"');
    await until(() => expect(t.screen()).toContain(`${expected.toLocaleString('en')} articles, best first`));
    // Every one of them can be reached: End jumps to the last.
    t.keys('End');
    await until(() => expect(t.screen()).toMatch(new RegExp(`\\b${expected}\\. `)));
    t.keys('Escape');
    await until(() => expect(t.screen()).not.toContain('/ "north korean leader"'));
    t.keys('q');
    await until(() => expect(t.screen()).toContain('rknews exited 0'));
    t.stop();
  });
});
