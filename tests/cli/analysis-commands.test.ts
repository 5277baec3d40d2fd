import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, TEST_ENV } from '../helpers/cli';

interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  articles: string[];
  mentions: { article: string; start: number; end: number; text: string }[];
}
interface QuoteRow {
  id: string;
  article: string;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}
interface SnippetRow {
  kind: string;
  text: string;
  start: number;
  end: number;
  highlights: { start: number; end: number }[];
  speaker?: string;
}

interface SearchJson {
  total: number;
  near: number;
  results: { article: string; score: number; headline: string; complete: boolean; snippets: SnippetRow[] }[];
}

describe('rknews entities', () => {
  const rows = runCliJson<EntityRow[]>(['entities']);

  it('merges Kim Jong Un into one person mentioned in all five seeds', () => {
    const kims = rows.filter((r) => /^Kim\b/.test(r.name) && r.type === 'person');
    expect(kims).toHaveLength(1);
    expect(kims[0].articles).toHaveLength(5);
    expect(kims[0].aliases.concat(kims[0].name)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Jong-un']));
  });

  it('knows DPRK is North Korea and names no fragments or possessives', () => {
    const nk = rows.find((r) => r.name === 'North Korea')!;
    expect(nk.aliases).toContain('DPRK');
    for (const r of rows) {
      for (const form of [r.name, ...r.aliases, ...r.mentions.map((m) => m.text)]) {
        expect(form).not.toMatch(/^(Did|In)\s|-$|,$|['’]s$/);
        // A final period belongs only to initials (U.S.) or an abbreviation (Inc.), never "KCNA.".
        if (form.endsWith('.')) expect(form).toMatch(/(^|\s)([A-Z]\.)+$|\b(Inc|Co|Corp|Ltd|Jr|Sr|St)\.$/);
      }
    }
  });

  it('filters by type and rejects an unknown type', () => {
    const places = runCliJson<EntityRow[]>(['entities', '--type', 'place']);
    expect(places.length).toBeGreaterThan(5);
    expect(places.every((p) => p.type === 'place')).toBe(true);
    expect(runCli(['entities', '--type', 'planet']).code).toBe(2);
  });

  it('keeps the analysis in the XDG cache directory', () => {
    const dir = TEST_ENV.XDG_CACHE_HOME + '/rknews';
    expect(existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('entities-'))).toBe(true);
  });
});

describe('rknews quotes', () => {
  it('finds Kim’s “full and unconditional support” by a word of it', () => {
    const rows = runCliJson<QuoteRow[]>(['quotes', 'unconditional']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: 'full and unconditional support', speaker: 'Kim Jong Un' });
    const r = runCli(['quotes', 'unconditional']);
    expect(r.stdout).toContain('“full and unconditional support” — Kim Jong Un');
  });

  it('narrows to one speaker by any of their names', () => {
    const rows = runCliJson<QuoteRow[]>(['quotes', '--speaker', 'putin']);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((q) => q.speaker === 'Vladimir Putin')).toBe(true);
  });

  it('finds none in 001, which quotes nobody', () => {
    const rows = runCliJson<QuoteRow[]>(['quotes']);
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect(rows.filter((q) => q.article.startsWith('001'))).toHaveLength(0);
  });
});

describe('rknews search', () => {
  it('forgives typos and ranks 002 first, its best passage Kim’s words', () => {
    const { results } = runCliJson<SearchJson>(['search', 'unconditonal suport']);
    expect(results[0].article).toMatch(/^002/);
    expect(results[0].snippets[0].text).toContain('full and unconditional support');
  });

  it('finds Miller’s warning for a misspelt name', () => {
    const { results } = runCliJson<SearchJson>(['search', 'Matthew Miler']);
    const snippets = results.slice(0, 5).flatMap((r) => r.snippets);
    expect(snippets.some((s) => s.text.includes('Any transfer of arms'))).toBe(true);
  });

  it('matches an exact phrase only where it stands', () => {
    const { total, results } = runCliJson<SearchJson>(['search', '"space launch center"']);
    expect(total).toBe(1);
    expect(results.map((r) => r.article)).toEqual([expect.stringMatching(/^003/)]);
  });

  it('returns 002 with exactly Putin’s three quotes for in:quotes by:putin, saying it needs the analysis', () => {
    const run = runCli(['search', 'in:quotes by:putin', '--json']);
    const { total, results } = JSON.parse(run.stdout) as SearchJson;
    expect(total).toBe(1);
    expect(results[0].article).toMatch(/^002/);
    expect(results[0].snippets.map((s) => s.kind)).toEqual(['quote', 'quote', 'quote']);
    expect(run.stderr).toContain('need the quote and entity analysis');
  });

  it('gives the exact total, every article in rank order with scores that never rise, and --limit says what it left out', () => {
    const all = runCliJson<SearchJson>(['search', 'korea']);
    expect(all.total).toBe(all.results.length);
    expect(all.results.every((r) => r.complete)).toBe(true);
    const scores = all.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const limited = runCli(['search', 'korea', '--limit', '2']);
    expect(limited.stdout).toContain(`showing 2 of ${all.total}: ${all.total} articles hold every word`);
    expect(runCliJson<SearchJson>(['search', 'korea', '--limit', '2']).results).toHaveLength(2);
    // A word no article holds: the articles holding the others come, marked as lacking one.
    const near = runCliJson<SearchJson>(['search', 'korea qqqzzz']);
    expect(near.total).toBe(0);
    expect(near.near).toBe(all.total);
    expect(near.results.every((r) => !r.complete)).toBe(true);
  });

  it('rejects a bad --limit', () => {
    expect(runCli(['search', 'kim', '--limit', 'lots']).code).toBe(2);
  });
});

describe('rknews compare and stories', () => {
  it('reports shared and unique sentences as offsets', () => {
    const r = runCliJson<{ a: string; b: string; shared: unknown[]; onlyA: unknown[]; onlyB: unknown[]; similarity: number }>(['compare', '000', '002']);
    expect(r.a).toMatch(/^000/);
    expect(r.b).toMatch(/^002/);
    expect(r.shared.length).toBeGreaterThan(0);
    expect(r.onlyB.length).toBeGreaterThan(0);
    expect(r.similarity).toBeGreaterThan(0);
  });

  it('groups 000, 001 and 002 in one story without 004', () => {
    const stories = runCliJson<{ id: string; title: string; articles: string[] }[]>(['stories']);
    const story = stories.find((s) => s.articles.some((a) => a.startsWith('000')))!;
    expect(story.articles.map((a) => a.slice(0, 3))).toEqual(expect.arrayContaining(['000', '001', '002']));
    expect(story.articles.some((a) => a.startsWith('004'))).toBe(false);
  });

  it('names an unknown article', () => {
    const r = runCli(['compare', '000', 'zzz']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article with id 'zzz'/);
  });
});
