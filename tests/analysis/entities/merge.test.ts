import { describe, expect, it } from 'vitest';
import { extractEntities, findEntityForName, mergeEntities } from '../../../src/analysis/entities';
import type { ArticleEntities, LocalEntity } from '../../../src/analysis/entities';
import { inLabelPosition } from '../../../src/analysis/entities/labels';
import { articleFromText } from '../../helpers/corpus';

const local = (name: string, type: LocalEntity['type'], aliases: string[] = [], known = false): LocalEntity => ({
  name, type, key: name.toLowerCase().replace(/[^a-z]/g, ''), aliases, mentions: [{ start: 0, end: name.length }], known,
  evidence: { person: 0, organization: 0, place: 0, [type]: 2 }, labels: 0, cues: { person: 0, organization: 0, place: 0, work: 0 },
});
const result = (...entities: LocalEntity[]): ArticleEntities => ({ entities });

describe('mergeEntities', () => {
  it('merges spelling variants across articles into one entity with a stable id', () => {
    const articles = [
      articleFromText('Governor Ryu Min-jae arrived in Kelmart. Ryu said little.', 'a'),
      articleFromText('Governor Ryu Min Jae spoke in Kelmart on Monday.', 'b'),
      articleFromText('Later, Ryu said the talks in Kelmart had failed.', 'c'),
    ];
    const entities = extractEntities(articles);
    const ryu = entities.filter((e) => e.type === 'person');
    expect(ryu).toHaveLength(1);
    expect(ryu[0].id).toMatch(/^person:ryu-min-jae$/);
    expect(new Set(ryu[0].mentions.map((m) => m.article))).toEqual(new Set(['a', 'b', 'c']));
    const kelmart = entities.find((e) => e.name === 'Kelmart');
    expect(kelmart?.id).toBe('place:kelmart');
    expect(kelmart?.mentions).toHaveLength(3);
  });

  it('merges equal names only when their types agree: a person is never merged into a place or an organisation', () => {
    const merged = mergeEntities([
      { article: 'a', result: result(local('Kelmart', 'place')) },
      { article: 'b', result: result(local('Kelmart', 'place')) },
      { article: 'c', result: result(local('Kelmart', 'organization')) },
      { article: 'd', result: result(local('Schlesinger', 'person')) },
      { article: 'e', result: result(local('Bundesbank', 'organization', ['Schlesinger'])) },
    ]);
    expect(merged.map((e) => [e.type, e.name, e.mentions.length])).toEqual(
      expect.arrayContaining([['place', 'Kelmart', 2], ['organization', 'Kelmart', 1], ['person', 'Schlesinger', 1], ['organization', 'Bundesbank', 1]]),
    );
    expect(merged).toHaveLength(4);
  });

  it('leaves a bare surname apart when two people share it', () => {
    const merged = mergeEntities([
      { article: 'a', result: result(local('Anna Velkorin', 'person')) },
      { article: 'b', result: result(local('Tomas Velkorin', 'person')) },
      { article: 'c', result: result(local('Velkorin', 'person')) },
    ]);
    expect(merged).toHaveLength(3);
  });

  it('joins a bare surname to the one person it can mean, and an acronym to its organisation', () => {
    const merged = mergeEntities([
      { article: 'a', result: result(local('Anna Velkorin', 'person', ['Velkorin']), local('Quorvel Broadcasting Exchange', 'organization')) },
      { article: 'b', result: result(local('Velkorin', 'person'), local('QBE', 'organization')) },
    ]);
    expect(merged).toHaveLength(2);
    const qbe = merged.find((e) => e.type === 'organization');
    expect(qbe?.name).toBe('Quorvel Broadcasting Exchange');
    expect(qbe?.aliases).toEqual(['QBE']);
    expect(qbe?.mentions.map((m) => m.article)).toEqual(['a', 'b']);
  });

  it('does not merge through a bare surname alias', () => {
    const merged = mergeEntities([
      { article: 'a', result: result(local('Anna Velkorin', 'person', ['Velkorin'])) },
      { article: 'b', result: result(local('Tomas Velkorin', 'person', ['Velkorin'])) },
    ]);
    expect(merged).toHaveLength(2);
  });

  it('adds up weak evidence across articles and drops names that never get enough', () => {
    const weak = (name: string, place: number): LocalEntity => ({ ...local(name, 'place'), evidence: { person: 0, organization: 0, place } });
    const merged = mergeEntities([
      { article: 'a', result: result(weak('Kelmart', 0.5), weak('Ostrava', 0.5)) },
      { article: 'b', result: result(weak('Kelmart', 0.5)) },
    ]);
    expect(merged.map((e) => e.name)).toEqual(['Kelmart']);
  });

  it('gives clashing names distinct ids', () => {
    const merged = mergeEntities([
      { article: 'a', result: result(local('Kelmart', 'place')) },
      { article: 'b', result: result({ ...local('Kelmart', 'organization'), key: 'kelmart-org' }) },
    ]);
    expect(merged.map((e) => e.id).sort()).toEqual(['organization:kelmart', 'place:kelmart']);
  });
});

describe('findEntityForName', () => {
  const entities = mergeEntities([
    { article: 'a', result: result(local('Anna Velkorin', 'person', ['Velkorin']), local('State Department', 'organization', [], true)) },
    { article: 'b', result: result(local('Tomas Velkorin', 'person'), local('Arvid Solberg', 'person')) },
  ]);
  const name = (n: string, article: string) => findEntityForName(n, article, entities)?.name;

  it('matches aliases and strips titles', () => {
    expect(name('Mr. Velkorin', 'a')).toBe('Anna Velkorin');
    expect(name('anna velkorin', 'b')).toBe('Anna Velkorin');
    expect(name('President Arvid Solberg', 'a')).toBe('Arvid Solberg');
  });

  it('prefers a person named in the same article for a bare surname', () => {
    expect(name('Velkorin', 'b')).toBe('Tomas Velkorin');
    expect(name('Solberg', 'b')).toBe('Arvid Solberg');
  });

  it('finds the name at the end of a role description or before an apposition', () => {
    expect(name('U.S. State Department spokesperson Arvid Solberg', 'b')).toBe('Arvid Solberg');
    expect(name('Arvid Solberg, a spokesman', 'b')).toBe('Arvid Solberg');
    expect(name('Nobody Known', 'a')).toBeUndefined();
  });
});

const letters = (n: number): string => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

describe('mergeEntities and bare institution heads', () => {
  it('keeps two commissions apart that two articles both call "the Commission"', () => {
    const entities = extractEntities([
      articleFromText('The Ostravian Trade Commission fined Kelmart Holdings. The Commission said the fine was fair.', 'a'),
      articleFromText('The Brekke Energy Commission met in Kelmart. The Commission said prices would rise.', 'b'),
    ]);
    const trade = entities.find((e) => e.name === 'Ostravian Trade Commission');
    const energy = entities.find((e) => e.name === 'Brekke Energy Commission');
    expect(trade?.mentions).toHaveLength(2);
    expect(energy?.mentions).toHaveLength(2);
    expect(trade).not.toBe(energy);
  });
});

describe('corpus boilerplate', () => {
  const labelled = (name: string, type: LocalEntity['type']): LocalEntity => ({ ...local(name, type), labels: 1 });

  it('drops a name that stands like a label in hundreds of articles, and keeps one that does so in a few', () => {
    const perArticle = Array.from({ length: 120 }, (_, i) => ({
      article: `r${i}`,
      result: result(labelled('REUTER', 'organization'), ...(i < 10 ? [labelled('Kelmart Holdings', 'organization')] : [])),
    }));
    const names = mergeEntities(perArticle).map((e) => e.name);
    expect(names).not.toContain('REUTER');
    expect(names).toContain('Kelmart Holdings');
  });

  it('drops a name that a corpus label leads ("Velk NA" after a dateline), and keeps one that merely contains the label word', () => {
    const perArticle = Array.from({ length: 120 }, (_, i) => ({
      article: `r${i}`,
      result: result(labelled('Velk', 'organization'), ...(i < 3 ? [local('Velk NA', 'person'), local('Anna Velk', 'person')] : [])),
    }));
    const names = mergeEntities(perArticle).map((e) => e.name);
    expect(names).not.toContain('Velk NA');
    expect(names).toContain('Anna Velk');
  });

  it('keeps a name most of whose articles use it in running text', () => {
    const perArticle = Array.from({ length: 200 }, (_, i) => ({
      article: `r${i}`,
      result: result(i < 60 ? labelled('Shell', 'organization') : local('Shell', 'organization')),
    }));
    expect(mergeEntities(perArticle).map((e) => e.name)).toEqual(['Shell']);
  });

  it('finds label positions: the end of the text, and the start of a line of figures', () => {
    const text = 'Shell said profits rose.\nShr 1.20 vs 1.10\nNet 5.6 mln vs 4.1 mln\nNOTE: restated.\n  Shell Oil said so.  REUTER\n';
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    expect(['Shr', 'Net', 'NOTE', 'REUTER'].map((s) => inLabelPosition(text, at(s)))).toEqual([true, true, true, true]);
    expect(inLabelPosition(text, at('Shell'))).toBe(false);
    expect(inLabelPosition(text, at('Shell', 10))).toBe(false);
  });
});

describe('mergeEntities at scale', () => {
  // Built its surname index by copying the list on every push: quadratic when 60,000 people share a
  // first name, which ran past the test timeout. No timing assertion: finishing is the test.
  it('indexes a first name shared by tens of thousands of people', () => {
    const people = Array.from({ length: 60_000 }, (_, i) => ({
      article: `a${i}`,
      result: result(local(`John Velk${letters(i)}`, 'person')),
    }));
    const merged = mergeEntities([...people, { article: 'b', result: result(local('John', 'person')) }]);
    // A bare "John" could mean any of them, so it stays apart.
    expect(merged).toHaveLength(60_001);
  });
});
