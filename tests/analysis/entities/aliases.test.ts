import { describe, expect, it } from 'vitest';
import { abbreviates, aliasKey, initials, isAcronym, slug, stripTitles } from '../../../src/analysis/entities/aliases';

describe('aliasKey', () => {
  it('ignores case, hyphens, spacing and dots', () => {
    const keys = ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'kim  jong un'].map(aliasKey);
    expect(new Set(keys).size).toBe(1);
    expect(aliasKey('U.S.')).toBe(aliasKey('US'));
  });

  it('drops a possessive and a leading "the", and unifies curly apostrophes', () => {
    expect(aliasKey("Russia's")).toBe(aliasKey('Russia'));
    expect(aliasKey('Russia’s')).toBe(aliasKey('Russia'));
    expect(aliasKey('The New York Times')).toBe(aliasKey('New York Times'));
    expect(aliasKey("Democratic People’s Republic")).toBe(aliasKey("Democratic People's Republic"));
  });

  it('treats synonymous generic heads alike but keeps different heads apart', () => {
    expect(aliasKey('Zorvan Cosmodrome')).toBe(aliasKey('Zorvan space center'));
    expect(aliasKey('Tarvel region')).not.toBe(aliasKey('Tarvel River'));
  });
});

describe('acronyms', () => {
  it('recognises capitals with or without dots', () => {
    expect(isAcronym('KCNA')).toBe(true);
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('G7')).toBe(true);
    expect(isAcronym('Kim')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('matches initials, skipping small words', () => {
    expect(initials('Federation of Lumen Growers')).toBe('FLG');
    expect(abbreviates('DPRK', "Democratic People's Republic of Korea")).toBe(true);
    expect(abbreviates('QBA', 'Quorvel Broadcasting Authority')).toBe(true);
    expect(abbreviates('QBX', 'Quorvel Broadcasting Authority')).toBe(false);
    expect(abbreviates('QB', 'Quorvel')).toBe(false);
  });
});

describe('stripTitles', () => {
  it('removes titles and role nouns before a name', () => {
    expect(stripTitles('Mr. Velkorin')).toBe('Velkorin');
    expect(stripTitles('President Tomas Velkorin')).toBe('Tomas Velkorin');
    expect(stripTitles('Prime Minister Ilse Marquant')).toBe('Ilse Marquant');
    expect(stripTitles('spokesperson Arvid Solberg')).toBe('Arvid Solberg');
    expect(stripTitles("Velkorin's")).toBe('Velkorin');
  });

  it('leaves a bare title alone', () => {
    expect(stripTitles('President')).toBe('President');
  });
});

describe('slug', () => {
  it('makes ids from names', () => {
    expect(slug('Kim Jong-un')).toBe('kim-jong-un');
    expect(slug("Workers' Party")).toBe('workers-party');
    expect(slug('Zoë Ågren')).toBe('zoe-agren');
  });
});
