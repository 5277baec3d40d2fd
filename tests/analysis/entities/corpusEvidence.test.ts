// Corpus-level evidence for entities: context cues around mentions, the type a name takes over the
// corpus, spelling variants of one person's name, and bare head words kept out of aliases.
import { describe, expect, it } from 'vitest';
import { entitiesOfText, mergeEntities, type LocalEntity } from '../../../src/analysis/entities';
import { contextCues } from '../../../src/analysis/entities/contextCues';
import { corpusTypes } from '../../../src/analysis/entities/corpusTypes';
import { oneEditApart, variantPairs } from '../../../src/analysis/entities/variants';

const cuesOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return contextCues(text, { start, end: start + name.length });
};

const local = (name: string, type: LocalEntity['type'], cues: Partial<LocalEntity['cues']> = {}, aliases: string[] = []): LocalEntity => ({
  name, type, key: name.toLowerCase().replace(/[^a-z]/g, ''), aliases, mentions: [{ start: 0, end: name.length }], known: false,
  evidence: { person: 0, organization: 0, place: 0, [type]: 2 }, labels: 0, cues: { person: 0, organization: 0, place: 0, work: 0, ...cues },
});

describe('context cues', () => {
  it('read titles, roles, company words and works around a mention', () => {
    expect(cuesOf('said Mr Halvorsen on Monday.', 'Halvorsen').person).toBe(1);
    expect(cuesOf('The carmaker Brenwick said its sales rose.', 'Brenwick').organization).toBe(1);
    expect(cuesOf('Trallis said it would cut jobs.', 'Trallis').organization).toBe(1);
    expect(cuesOf('the drama Mara Vell won an award', 'Mara Vell').work).toBe(1);
    expect(cuesOf('Mara Vell star Ann Lowe said', 'Mara Vell').work).toBe(1);
  });

  it('read the words that follow a sports club as marks of an organisation, but not after a possessive', () => {
    expect(cuesOf('Some Manchester fans booed the referee.', 'Manchester').organization).toBe(1);
    expect(cuesOf('Manchester striker Tom Arlo scored twice.', 'Manchester').organization).toBe(1);
    expect(cuesOf('Halvorsen\'s coach said he was tired.', 'Halvorsen').organization).toBe(0);
    expect(cuesOf('Flights to Manchester were cancelled.', 'Manchester').organization).toBe(0);
  });

  it('let a company suffix outweigh a role, and say nothing of a name that is the object', () => {
    const bond = cuesOf('said lead manager Ostler, Quade and Co Inc.', 'Ostler');
    expect([bond.organization, bond.person]).toEqual([1, 0]);
    expect(cuesOf('An analyst of Ostler said he raised his estimate.', 'Ostler').person).toBe(0);
    expect(cuesOf('Ostler said he raised his estimate.', 'Ostler').person).toBe(1);
    const leader = cuesOf('Market leader Quibbo is releasing a console.', 'Quibbo');
    expect([leader.organization, leader.person]).toEqual([1, 0]);
  });
});

describe('corpus types', () => {
  it('make a name read as a surname a company when the corpus names a company after it', () => {
    const types = corpusTypes([local('Brenwick', 'person'), local('Brenwick', 'person'), local('Brenwick Corp', 'organization')]);
    expect(types).toEqual(['organization', 'organization', 'organization']);
  });

  it('keep a person whom the corpus marks as one, and go by the majority of articles otherwise', () => {
    expect(corpusTypes([local('Halvorsen', 'person', { person: 2 }), local('Halvorsen Corp', 'organization')])[0]).toBe('person');
    expect(corpusTypes([local('Halvorsen', 'person', { person: 1 }), local('Halvorsen Corp', 'organization')])[0]).toBe('organization');
    expect(corpusTypes([local('Trallis', 'person'), local('Trallis', 'organization'), local('Trallis', 'organization')])[0]).toBe('organization');
  });

  it('give a country read otherwise in a headline the reading of nearly every article, but not a city: teams bear their names', () => {
    const places = (name: string) => Array.from({ length: 12 }, () => local(name, 'place'));
    expect(corpusTypes([local('JAPAN', 'organization'), ...places('Japan')])[0]).toBe('place');
    expect(corpusTypes([local('Chicago', 'organization'), ...places('Chicago')])[0]).toBe('organization');
    // Three articles against one prove nothing.
    expect(corpusTypes([local('JAPAN', 'organization'), ...places('Japan').slice(0, 3)])[0]).toBe('organization');
  });

  it('make a city read as the place its club, when most articles read it as one and the article or the corpus marks it as a team', () => {
    const club = (n: number) => Array.from({ length: n }, () => local('Manchester', 'organization', { organization: 1 }));
    const city = (cues: Partial<LocalEntity['cues']> = {}) => local('Manchester', 'place', cues);
    // "Manchester fans" in this article.
    expect(corpusTypes([city({ organization: 1 }), ...club(2)])[0]).toBe('organization');
    // No mark here, but a dozen articles read it as a club and mark it so ("invest in Manchester").
    expect(corpusTypes([city(), ...club(12)])[0]).toBe('organization');
    expect(corpusTypes([city(), ...club(3)])[0]).toBe('place');
    // A corpus that reads it mostly as the place keeps it one, whatever one line says.
    const places = Array.from({ length: 5 }, () => city());
    expect(corpusTypes([city({ organization: 1 }), ...places, ...club(2)])[0]).toBe('place');
  });

  it('give a name that starts with a one-word organisation\'s name, and is never marked as a person\'s, to the organisation', () => {
    const brand = Array.from({ length: 3 }, () => local('Quibbo', 'organization'));
    expect(corpusTypes([local('Quibbo Europe', 'person'), ...brand])[0]).toBe('organization');
    expect(corpusTypes([local('Quibbo Europe', 'person', { person: 1 }), ...brand])[0]).toBe('person');
  });

  it('leave out works, and one-word names that several articles never mark as people', () => {
    expect(corpusTypes([local('Mara Vell', 'person', { work: 2 })])).toEqual([null]);
    const unmarked = [local('Quibbo', 'person'), local('Quibbo', 'person'), local('Quibbo', 'person')];
    expect(corpusTypes(unmarked)).toEqual([null, null, null]);
    // In one or two articles (a results table) the absence of a title proves nothing.
    expect(corpusTypes(unmarked.slice(0, 2))).toEqual(['person', 'person']);
    // Nor when the corpus names the person in full.
    expect(corpusTypes([...unmarked, local('Ann Quibbo', 'person')])).toEqual(['person', 'person', 'person', 'person']);
  });
});

describe('spelling variants', () => {
  it('differ by one letter', () => {
    expect(oneEditApart('costas', 'kostas')).toBe(true);
    expect(oneEditApart('jon', 'john')).toBe(true);
    expect(oneEditApart('kostas', 'kosta')).toBe(true);
    expect(oneEditApart('costas', 'kostis')).toBe(false);
    expect(oneEditApart('anna', 'anna')).toBe(false);
  });

  it('are joined only with a shared context: the same other entities in their articles', () => {
    const g = (id: number, name: string, articles: string[], type: 'person' | 'place' = 'person') => ({ id, name, type, articles: new Set(articles) });
    const filler = Array.from({ length: 100 }, (_, k) => g(5 + k, `Filler ${k}`, [`f${k}`], 'place'));
    const groups = [g(0, 'Costas Lerida', ['a']), g(1, 'Kostas Lerida', ['b', 'c']), g(2, 'Vathi', ['a', 'b'], 'place'), g(3, 'Anna Moru', ['a', 'c']), g(4, 'Dimos Lerida', ['a', 'b']), ...filler];
    expect(variantPairs(groups)).toEqual([[0, 1]]);
    const apart = [g(0, 'Costas Lerida', ['a']), g(1, 'Kostas Lerida', ['b']), g(2, 'Vathi', ['a']), ...filler.map((f) => ({ ...f, id: f.id - 2 }))];
    expect(variantPairs(apart)).toEqual([]);
  });
});

describe('names and aliases', () => {
  it('type a name ending in a company suffix as an organisation', () => {
    const found = entitiesOfText('The film was made by Brenwick Bros, which said on Monday that profits rose.');
    expect(found.find((e) => e.name.startsWith('Brenwick'))?.type).toBe('organization');
  });

  it('keep a bare head word ("the Bank") out of an institution\'s aliases, not its mentions', () => {
    const bank = local('Ostravian Bank', 'organization', {}, ['Bank']);
    bank.mentions = [{ start: 0, end: 14 }, { start: 30, end: 34 }];
    const [merged] = mergeEntities([{ article: 'a', result: { entities: [bank] } }]);
    expect(merged.aliases).toEqual([]);
    expect(merged.mentions).toHaveLength(2);
  });
});
