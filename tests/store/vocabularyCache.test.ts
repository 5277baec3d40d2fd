import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/analysis/align';
import { cachedVocabulary } from '../../src/store/vocabularyCache';
import { articleFromText } from '../helpers/corpus';

const articles = [
  articleFromText('Midland Inc declared a two-for-one stock split.\n\nThe split is payable in May.', 'a'),
  articleFromText('Alcan Aluminium reported higher first quarter profits on strong demand.', 'b'),
];

function cacheFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-vocabulary-'));
  return { dir, file: join(dir, 'align-vocabulary.json') };
}

describe('the comparison vocabulary cache', () => {
  it('builds once, then reads the same vocabulary back for the same articles', () => {
    const { file } = cacheFile();
    let builds = 0;
    const build = () => (builds++, buildVocabulary(articles));
    const first = cachedVocabulary(articles, build, file);
    const second = cachedVocabulary(articles, build, file);
    expect([first.from, second.from, builds]).toEqual(['built', 'cache', 1]);
    expect(second.vocabulary).toEqual(first.vocabulary);
    expect(second.warning).toBeNull();
  });

  it('rebuilds when an article changed', () => {
    const { file } = cacheFile();
    cachedVocabulary(articles, () => buildVocabulary(articles), file);
    const changed = [articles[0], articleFromText('Alcan Aluminium reported lower profits.', 'b')];
    const read = cachedVocabulary(changed, () => buildVocabulary(changed), file);
    expect(read.from).toBe('built');
    expect(read.vocabulary.ids.has('lower')).toBe(true);
  });

  it.each([
    ['not JSON', () => '{"format":'],
    ['a frequency above the document count', (json: { df: number[]; docs: number }) => ({ ...json, df: json.df.map(() => json.docs + 1) })],
    ['terms and frequencies of different lengths', (json: { df: number[] }) => ({ ...json, df: json.df.slice(1) })],
    ['a term twice', (json: { terms: string[] }) => ({ ...json, terms: json.terms.map(() => 'split') })],
  ])('sets a file with %s aside with a warning and rebuilds it', (_, damage) => {
    const { dir, file } = cacheFile();
    cachedVocabulary(articles, () => buildVocabulary(articles), file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const damaged = damage(json);
    writeFileSync(file, typeof damaged === 'string' ? damaged : JSON.stringify(damaged));
    const read = cachedVocabulary(articles, () => buildVocabulary(articles), file);
    expect(read.from).toBe('built');
    expect(read.warning).toMatch(/comparison cache was unreadable .*set aside as .*corrupt-/);
    expect(read.vocabulary).toEqual(buildVocabulary(articles));
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(true);
    expect(cachedVocabulary(articles, () => buildVocabulary(articles), file).from).toBe('cache');
  });
});
