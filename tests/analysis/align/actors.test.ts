import { describe, expect, it } from 'vitest';
import { actorsAgree, headlineSubjects, principalActors, subjectSetOf, subjectsAgree } from '../../../src/analysis/align/actors';
import type { Entity } from '../../../src/analysis/types';
import { article } from './fixtures';

/** An organisation entity with a mention at each given text in each given article. */
function organisation(id: string, name: string, at: { article: ReturnType<typeof article>; text: string }[]): Entity {
  const mentions = at.map(({ article: a, text }) => {
    const start = a.text.indexOf(text);
    if (start < 0) throw new Error(`no "${text}" in ${a.id}`);
    return { article: a.id, span: { start, end: start + text.length } };
  });
  return { id, name, type: 'organization', aliases: [], mentions };
}

describe('principalActors', () => {
  const results = (company: string) =>
    `${company} first quarter results\n\nVARLOW CITY, March 3 - ${company} said its first quarter net profit rose to four million dollars. Sales rose by a tenth.`;
  const a = article('a', results('Quellport Tramways'));
  const b = article('b', results('Brelia Mining'));

  it("leaves out a name in the dateline: two companies from one city are not one company's news", () => {
    const city = organisation('org:varlow-city', 'VARLOW CITY', [
      { article: a, text: 'VARLOW CITY' },
      { article: b, text: 'VARLOW CITY' },
    ]);
    const [x, y] = principalActors([a, b], [city]);
    expect([...x]).not.toContain('@org:varlow-city');
    expect(actorsAgree(x, y)).toBe(true); // neither names an actor: no evidence either way
  });

  it('still counts the company named right after the dateline', () => {
    const tram = organisation('org:quellport', 'Quellport Tramways', [{ article: a, text: 'Quellport Tramways said' }]);
    const [x] = principalActors([a, b], [tram]);
    expect([...x]).toContain('@org:quellport');
  });
});

describe('headlineSubjects', () => {
  // A corpus large enough for rare headline words (a word in at most 0.2% of the headlines): many
  // companies' results under one formula, a few prose headlines, and filler on other topics.
  const syllables = ['bra', 'lin', 'qua', 'vor', 'tel', 'mex', 'dun', 'sor', 'pil', 'gan', 'fro', 'wet'];
  const name = (i: number) => `${syllables[i % 12]}${syllables[Math.floor(i / 12) % 12]}${syllables[Math.floor(i / 144) % 12]}`;
  const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
  const formula = Array.from({ length: 60 }, (_, i) => `${capital(name(i))} Corp <${name(i).slice(0, 4).toUpperCase()}> 1st qtr net`);
  const filler = Array.from({ length: 540 }, (_, i) => `${capital(name(i + 200))} ${name(i + 900)} weather report`);
  const headlines = [...formula, 'Crowds rush for Vortelpil shares', ...filler];
  const corpus = headlines.map((h, i) => article(`h${i}`, `${h}\n\nSome body text that says little, number ${i}.`));
  const subjects = headlineSubjects(corpus);

  it("takes a formula headline's leading rare words as whose results it reports", () => {
    const first = subjects[0]!;
    expect(first.first).toBe(name(0));
    expect(first.run.has(name(0))).toBe(true);
    expect(first.run.has('corp')).toBe(false); // in every formula headline: not the company
  });

  it('gives no subject to a prose headline', () => {
    expect(subjects[formula.length]).toBeNull();
  });

  it("keeps two companies' results apart, and one company's reports together", () => {
    expect(subjectsAgree(subjectSetOf(subjects[0]), subjectSetOf(subjects[1]))).toBe(false);
    expect(subjectsAgree(subjectSetOf(subjects[0]), subjectSetOf(subjects[0]))).toBe(true);
    // A group without formula headlines says nothing either way.
    expect(subjectsAgree(subjectSetOf(subjects[0]), subjectSetOf(null))).toBe(true);
  });

  it('agrees when one headline gives the name in full and the other in short', () => {
    const full = { firsts: new Set(['h.j']), runs: new Set(['h.j', 'heinz', 'hnz']) };
    const short = { firsts: new Set(['heinz']), runs: new Set(['heinz', 'hnz']) };
    expect(subjectsAgree(full, short)).toBe(true);
  });

  it('finds no subjects in a corpus too small for rare words', () => {
    expect(headlineSubjects(corpus.slice(0, 100)).every((s) => s === null)).toBe(true);
  });
});
