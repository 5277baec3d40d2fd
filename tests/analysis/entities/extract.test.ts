// Extraction on short invented texts: the rules must hold for names no list knows.
import { describe, expect, it } from 'vitest';
import { entitiesOfText, extractArticleEntities, isConfident } from '../../../src/analysis/entities';
import type { LocalEntity } from '../../../src/analysis/entities';
import { articleFromText } from '../../helpers/corpus';

function extract(text: string) {
  const article = articleFromText(text);
  // What the article alone vouches for; weaker names wait for the corpus-wide merge.
  const entities = extractArticleEntities(article).entities.filter(isConfident);
  const surfaces = (e: LocalEntity) => [...new Set(e.mentions.map((m) => article.text.slice(m.start, m.end).replace(/\s+/g, ' ')))];
  const byName = (name: string) => entities.find((e) => e.name === name);
  const allSurfaces = entities.flatMap(surfaces);
  return { article, entities, surfaces, byName, allSurfaces };
}

describe('extractArticleEntities', () => {
  it('strips titles, links surnames to the full name and keeps possessives out of spans', () => {
    const r = extract(
      'Governor Tomas Velkorin visited the Brekhausen region on Monday. Velkorin\'s aides said the trip was brief. ' +
        'Later, Mr. Velkorin met Deputy Transport Minister Arvid Solberg-Quist.',
    );
    const tomas = r.byName('Tomas Velkorin');
    expect(tomas?.type).toBe('person');
    expect(r.surfaces(tomas!)).toEqual(['Tomas Velkorin', 'Velkorin']);
    expect(tomas!.mentions).toHaveLength(3);
    expect(r.byName('Arvid Solberg-Quist')?.type).toBe('person');
    expect(r.allSurfaces.some((s) => /Monday|Governor|Mr\.|Transport|'s$|’s$/.test(s))).toBe(false);
  });

  it('keeps a possessive or a full stop off a name at a sentence end', () => {
    const r = extract('The report came out, according to the QNTA. Analysts trust Kelmart Holdings and Velkorin\'s. Governor Tomas Velkorin agreed.');
    expect(r.allSurfaces).toContain('QNTA');
    expect(r.allSurfaces).toContain('Velkorin');
    expect(r.allSurfaces.some((s) => /\.$|'s$/.test(s))).toBe(false);
  });

  it('links each bare surname to its nearest full name, keeping namesakes apart', () => {
    const r = extract(
      'Coach Andy Velkorin picked Jason Velkorin on the wing. Velkorin, the coach, said the choice was easy. ' +
        'Jason Velkorin scored twice.',
    );
    const andy = r.byName('Andy Velkorin');
    const jason = r.byName('Jason Velkorin');
    expect(andy).toBeDefined();
    expect(jason).toBeDefined();
    expect(andy).not.toBe(jason);
    expect(andy!.mentions.length + jason!.mentions.length).toBe(4);
  });

  it('reads "Name (COUNTRY)" in a list as two names, not a definition', () => {
    const r = extract('The shortlist includes Thomas Velkorin (US) and Anna Marquant (UK), the judges said on Monday.');
    expect(r.byName('Thomas Velkorin')?.aliases).toEqual([]);
    expect(r.byName('United States')?.aliases).toEqual(['US']);
  });

  it('does not take demonyms for places', () => {
    const r = extract('Russian officials met French and North Korean diplomats in Paris. Russia later said it was pleased.');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Paris', 'Russia']);
    expect(r.allSurfaces).not.toContain('Russian');
  });

  it('drops sentence-initial function words and common words', () => {
    const r = extract(
      'Did Velkorin agree? In Brekhausen, few think so. Analysts doubt it. The Ostravian Institute said Tomas Velkorin would not comment.',
    );
    expect(r.allSurfaces).not.toContain('Did Velkorin');
    expect(r.allSurfaces).not.toContain('In Brekhausen');
    expect(r.allSurfaces).not.toContain('Analysts');
    expect(r.byName('Ostravian Institute')?.type).toBe('organization');
    expect(r.byName('Tomas Velkorin')?.mentions).toHaveLength(2);
  });

  it('links acronyms to the names they abbreviate, by initials and by definition', () => {
    const r = extract(
      'The Federation of Lumen Growers (FLG) met on Friday. FLG members voted. ' +
        'The FLG distrusts the new rules.',
    );
    const flg = r.byName('Federation of Lumen Growers');
    expect(flg?.type).toBe('organization');
    expect(flg?.aliases).toContain('FLG');
    expect(flg?.mentions).toHaveLength(4);
  });

  it('types names by their head words and context', () => {
    const r = extract(
      'Officials at Morvaine University and the Halvorsen Peace Institute met at the Droskovy Cosmodrome, ' +
        'near the Russian port city of Kelmart. Ilse Marquant, a spokeswoman for the Tarvish Workers\' Party, ' +
        'spoke to the state-run Zentra news agency in Ostrava.',
    );
    expect(r.byName('Morvaine University')?.type).toBe('organization');
    expect(r.byName('Halvorsen Peace Institute')?.type).toBe('organization');
    expect(r.byName('Droskovy Cosmodrome')?.type).toBe('place');
    expect(r.byName('Kelmart')?.type).toBe('place');
    expect(r.byName('Ilse Marquant')?.type).toBe('person');
    expect(r.byName("Tarvish Workers' Party")?.type).toBe('organization');
    expect(r.byName('Zentra')?.type).toBe('organization');
    expect(r.byName('Ostrava')?.type).toBe('place');
  });

  it('splits a country off its institution and keeps both', () => {
    const r = extract('The US National Space Council and the U.S. State Department disagreed with Japan.');
    expect(r.byName('National Space Council')?.type).toBe('organization');
    expect(r.byName('United States')?.type).toBe('place');
    expect(r.byName('State Department')?.type).toBe('organization');
  });

  it('ignores dates, labels and roles without a name', () => {
    const r = extract('FAQ:\n\nQ: What happened on Sept. 10?\n\nA: The Industry Secretary resigned in March 2024, not in mid-October.');
    expect(r.entities).toEqual([]);
  });

  it('keeps "and" inside an organisation name but not between two names', () => {
    const r = extract('The Food and Farming Organisation met Kelmart and Ostrava officials in Ostrava. The Organisation left Kelmart.');
    expect(r.byName('Food and Farming Organisation')?.type).toBe('organization');
    expect(r.allSurfaces).not.toContain('Kelmart and Ostrava');
  });

  it('reads role compounds, initials and surnames with particles as a person needs', () => {
    const r = extract(
      'Oscar-winner Andrea Velkorin met Ruud van Brekke in Kelmart. Van Brekke and Velkorin then left. ' +
        'The line-up: J Solberg, M Quist.',
    );
    expect(r.byName('Andrea Velkorin')?.mentions).toHaveLength(2);
    expect(r.allSurfaces).not.toContain('Oscar-winner Andrea Velkorin');
    expect(r.byName('Ruud van Brekke')?.aliases).toEqual(['Van Brekke']);
    expect(r.byName('J Solberg')?.type).toBe('person');
    expect(r.allSurfaces).not.toContain('J');
  });

  it('reads newswire copy wrapped at a fixed width', () => {
    const line = (s: string) => s.padEnd(64, ' ').trimEnd();
    const r = extract(
      [
        line('KELMART, March 3 - Growers in the north of the country said on'),
        line('Tuesday that the Ostravian Farming Council and Governor Tomas'),
        line('Velkorin would meet in Kelmart next week, although the talks were'),
        'expected to be brief.',
      ].join('\n'),
    );
    expect(r.byName('Ostravian Farming Council')?.type).toBe('organization');
    expect(r.byName('Tomas Velkorin')?.type).toBe('person');
    expect(r.allSurfaces).not.toContain('Velkorin');
  });

  it('does not trust the capitals of a title-case headline', () => {
    const r = extract('Analysts Warn Of Slump In Kelmart\n\nAnalysts said the economy of Kelmart would shrink.');
    expect(r.allSurfaces).not.toContain('Analysts');
    expect(r.allSurfaces).not.toContain('Warn');
  });

  it('gives every mention exactly the text of one of its forms', () => {
    const r = extract('Talks between Kelmart and Ostrava failed, said Ilse Marquant of the Ostravian Institute. Marquant left.');
    for (const e of r.entities) {
      for (const s of r.surfaces(e)) {
        expect(s).toBe(s.trim());
        expect(s).toMatch(/^[\p{L}\p{N}]/u);
        expect(s).toMatch(/[\p{L}\p{N}.]$/u);
        expect([e.name, ...e.aliases]).toContain(s);
      }
    }
  });

  it('strips abbreviated titles, with or without their dot, and keeps them out of the entities', () => {
    const r = extract(
      'The inquiry is led by Det. Insp. Jane Roe of the Kelmart force. Cllr. Bob Hart and Amb. Lee Tarvin disagreed, ' +
        'as did Maj. Gen. Arvid Solberg and Supt Tomas Velkorin.',
    );
    for (const name of ['Jane Roe', 'Bob Hart', 'Lee Tarvin', 'Arvid Solberg', 'Tomas Velkorin']) expect(r.byName(name)?.type).toBe('person');
    expect(r.allSurfaces.some((s) => /^(Det|Insp|Cllr|Amb|Maj|Gen|Supt)\b/.test(s))).toBe(false);
  });

  it('drops a capitalised qualifier that starts a sentence before a name', () => {
    const r = extract('The talks ended. Former Kelmart Street press chief Anna Brekke said so. Ex Velkorin Council members agreed.');
    expect(r.allSurfaces.some((s) => /^(Former|Ex)\b/.test(s))).toBe(false);
    expect(r.byName('Anna Brekke')?.type).toBe('person');
  });

  it('starts a new name at a capitalised "The" after "and"', () => {
    const r = extract('Velkorin and The Lumen Office co-writer Anna Brekke won. Tomas Velkorin thanked the Lumen Office staff.');
    expect(r.allSurfaces.some((s) => s.includes(' and '))).toBe(false);
  });

  it('reads a bare institution head as the full name said before it, never alone', () => {
    const r = extract(
      'The Ostravian Trade Commission fined Kelmart Holdings on Monday. The Commission said the fine was fair. ' +
        'The Ostravian Farming Council met too, and the Council agreed.',
    );
    const commission = r.byName('Ostravian Trade Commission');
    expect(commission?.type).toBe('organization');
    expect(commission?.aliases).toEqual(['Commission']);
    expect(commission?.mentions).toHaveLength(2);
    expect(extract('The Council agreed with Anna Brekke.').allSurfaces).not.toContain('Council');
  });

  it('types company suffixes and shares in a company as organisations', () => {
    const r = extract(
      'The show was made by TV producer Lumen Vision Limited and Brekke Media LLC. Shares in Kelmart Coal fell. Kelmart Coal said it would cut jobs.',
    );
    expect(r.byName('Lumen Vision Limited')?.type).toBe('organization');
    expect(r.byName('Brekke Media LLC')?.type).toBe('organization');
  });

  it('does not read a name after a capitalised "The" inside a sentence, or with an acronym in it, as a person', () => {
    const the = extract('The prize went to Matt Brekke, creator of The Velkorins, who also won in 2003.');
    expect(the.entities.find((e) => e.name === 'Velkorins')?.type).not.toBe('person');
    const product = entitiesOfText('Buyers of the Lumen QX and the Ostra Pad were warned.').find((e) => e.name === 'Lumen QX');
    expect(product?.evidence.person).toBe(0);
    expect(product?.evidence.organization).toBeGreaterThan(0);
  });

  it('links a first name to a later full name', () => {
    const person = extract("The actor Sylvan's mother left first. Sylvan Brekke's former wife left next.");
    expect(person.byName('Sylvan Brekke')?.aliases).toEqual(['Sylvan']);
  });

  it('ties an acronym to one full name: its definition, not a later name with the same initials', () => {
    const r = extract(
      'OC backs software law\n\nThe Ostravian Council met on Monday. The law was drafted by the Ostravian Commission (OC). ' +
        'The OC says the Council of Kelmart will adopt it, and the Council will vote.',
    );
    const commission = r.byName('Ostravian Commission');
    expect(commission?.aliases).toEqual(['OC']);
    expect(commission?.mentions).toHaveLength(4);
    expect(r.byName('Ostravian Council')?.mentions).toHaveLength(1);
    expect(r.byName('Council of Kelmart')?.aliases).toEqual(['Council']);
  });

  it('never takes a region\'s name for the short form of a name it ends ("Europe" after "Dalo Europe")', () => {
    const found = entitiesOfText('Chief executive Dalo Europe said he was pleased. Sales in Europe fell.');
    const dalo = found.find((e) => e.name === 'Dalo Europe');
    expect(dalo?.aliases).toEqual([]);
    expect(dalo?.mentions).toHaveLength(1);
  });
});
