// Lookup over gazetteer.json: general world knowledge of places, organisations and demonyms.
import data from './gazetteer.json';
import type { EntityType } from '../types';
import { aliasKey } from './aliases';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  kind: string;
}

interface RawEntry {
  name: string;
  aliases: string[];
  demonyms?: string[];
  kind: string;
}

/** Each form's entry by its alias key, and whether the form is written in capitals (worked out once, not per lookup). */
const byKey = new Map<string, { entry: GazetteerEntry; capitals: boolean }[]>();
const demonymKeys = new Set<string>();

function lettersOnly(s: string): string {
  return s.replace(/[^\p{L}]/gu, '');
}

function isAllCaps(s: string): boolean {
  const letters = lettersOnly(s);
  return letters.length > 1 && letters === letters.toUpperCase();
}

function add(raw: RawEntry, type: EntityType): void {
  const entry: GazetteerEntry = { name: raw.name, type, kind: raw.kind };
  for (const form of [raw.name, ...raw.aliases]) {
    const key = aliasKey(form);
    const list = byKey.get(key) ?? [];
    list.push({ entry, capitals: isAllCaps(form) });
    byKey.set(key, list);
  }
  for (const d of raw.demonyms ?? []) demonymKeys.add(aliasKey(d));
}
for (const p of data.places as RawEntry[]) add(p, 'place');
for (const o of data.organizations as RawEntry[]) add(o, 'organization');
for (const p of data.peoples) demonymKeys.add(aliasKey(p));


/**
 * The gazetteer entry this surface form names, if any. An all-capitals form ("US", "WHO") only
 * matches an all-capitals surface, so the pronoun "us" or the word "Who" never becomes a country.
 */
export function lookupGazetteer(surface: string): GazetteerEntry | undefined {
  const hits = byKey.get(aliasKey(surface));
  if (!hits) return undefined;
  let capsSurface: boolean | undefined;
  return hits.find((h) => !h.capitals || (capsSurface ??= isAllCaps(surface)))?.entry;
}

/** "Russian", "North Korean", "Europeans", "Frenchman", "Jewish": words for peoples, not mentions of a place. */
export function isDemonym(surface: string): boolean {
  const key = aliasKey(surface);
  return demonymKeys.has(key) || demonymKeys.has(key.replace(/s$/, '')) || demonymKeys.has(key.replace(/m[ae]n$/, ''));
}
