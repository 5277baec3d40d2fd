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
interface HitRow {
  article: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  highlights: { start: number; end: number }[];
  speaker?: string;
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
  it('forgives typos and ranks Kim’s quote first', () => {
    const hits = runCliJson<HitRow[]>(['search', 'unconditonal suport']);
    expect(hits[0].text).toContain('full and unconditional support');
    expect(hits[0].article).toMatch(/^002/);
  });

  it('finds Miller’s warning for a misspelt name', () => {
    const hits = runCliJson<HitRow[]>(['search', 'Matthew Miler']).slice(0, 5);
    expect(hits.some((h) => h.text.includes('Any transfer of arms'))).toBe(true);
  });

  it('matches an exact phrase only where it stands', () => {
    const hits = runCliJson<HitRow[]>(['search', '"space launch center"']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.article.startsWith('003'))).toBe(true);
  });

  it('returns exactly Putin’s three quotes in 002 for in:quotes by:putin', () => {
    const hits = runCliJson<HitRow[]>(['search', 'in:quotes by:putin']);
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.kind === 'quote' && h.article.startsWith('002'))).toBe(true);
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
