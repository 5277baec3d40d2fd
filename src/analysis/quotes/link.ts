// Links a speaker's name to an entity: "Putin", "Mr. Putin" and "Vladimir Putin" all find
// the entity "Vladimir Putin". Matching is the entity layer's findEntityForName; this module
// adds the quote-side guard and the key the CLI filter compares names by.
import type { Entity } from '../types';
import { findEntityForName } from '../entities';
import { TITLES } from './lexicon';

/** Case-, accent-, hyphen-, space- and punctuation-insensitive key of a name, titles and possessive dropped. */
export function speakerKey(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s\b/gu, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].toLowerCase())) words.shift();
  if (words.length > 1 && words[0].toLowerCase() === 'the') words.shift();
  return words.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The names an article's quotes looked up among the corpus's entities, each with its answer
 * (linkAnswer): what quote finding reads of the corpus beyond the article's own mentions.
 */
export type LinkTrace = Map<string, string | null>;

/** What quote finding uses of a linked entity: its id, name and type. */
export function linkAnswer(e: Entity | undefined): string | null {
  return e ? `${e.id}\u0000${e.name}\u0000${e.type}` : null;
}

/**
 * The entity a speaker's name refers to, looked up first among the entities mentioned in the
 * article (`local`: cheap, and the likeliest referent), then corpus-wide for a full name.
 * A one-word name ("Brown") only links within the article: another article's Brown is
 * probably someone else.
 */
export function linkName(name: string, articleId: string, entities: Entity[], local?: Entity[]): Entity | undefined {
  const found = linkAny(name, articleId, entities, local);
  return found && !tailOnly(name, found) ? found : undefined;
}

/**
 * True when only the last word of a longer name matched a person, and the name's other words are
 * no part of that person's names: "the Beige Book" is not Peter Book ("Hillary Rodham Clinton"
 * is Hillary Clinton: its first name is hers; "Dr Book" is: a title is no name).
 */
function tailOnly(name: string, e: Entity): boolean {
  const words = name.trim().split(/\s+/u).filter((w) => !TITLES.has(w.toLowerCase()));
  if (words.length < 2 || e.type !== 'person') return false;
  const known = new Set([e.name, ...e.aliases].flatMap((f) => f.split(/\s+/u)).map(speakerKey));
  return !words.slice(0, -1).some((w) => known.has(speakerKey(w)));
}

function linkAny(name: string, articleId: string, entities: Entity[], local?: Entity[]): Entity | undefined {
  // "Carson said": the article's one person named Carson, before any entity that merely took
  // "Carson" as an alias (a corpus-wide merge can give one person another's surname; "Trump Tower"
  // an organisation's).
  const person = local ? personBySurname(name, local) : undefined;
  if (person) return person;
  const here = local ? findEntityForName(name, articleId, local) : undefined;
  if (here) return here;
  if (!/\s/u.test(name.trim())) {
    const found = local ? undefined : findEntityForName(name, articleId, entities);
    return found?.mentions.some((m) => m.article === articleId) ? found : undefined;
  }
  // Most unlinked names end in a word that ends no entity's name or alias: skip them cheaply.
  // It also keeps the tail "Kelvin" of a constituency "Dunmore Kelvin" from linking a person
  // whose first name is Kelvin.
  if (!lastWordsOf(entities).has(lastWordKey(name.trim()))) return undefined;
  return findEntityForName(name, articleId, entities);
}

/** The one person among `local` whose first or last name is the one-word `name`. */
export function personBySurname(name: string, local: Entity[]): Entity | undefined {
  if (/\s/u.test(name.trim())) return undefined;
  const people = byFirstOrLast(local).get(speakerKey(name));
  return people?.length === 1 ? people[0] : undefined;
}

// The persons of an article's entity list by the key of their first and of their last name,
// built once per list: names are looked up many times per article.
const firstOrLast = new WeakMap<Entity[], Map<string, Entity[]>>();

function byFirstOrLast(local: Entity[]): Map<string, Entity[]> {
  let out = firstOrLast.get(local);
  if (!out) {
    firstOrLast.set(local, (out = new Map()));
    for (const e of local) {
      const words = e.name.split(/\s+/u);
      if (e.type !== 'person' || words.length < 2) continue;
      for (const key of new Set([speakerKey(words[0]), speakerKey(words[words.length - 1])])) {
        if (key) out.set(key, [...(out.get(key) ?? []), e]);
      }
    }
  }
  return out;
}

// Built once per entity list; it does not depend on the article, so it is safe to share.
const lastWordSets = new WeakMap<Entity[], Set<string>>();

function lastWordKey(name: string): string {
  return speakerKey(name.split(/\s+/).pop() ?? '');
}

function lastWordsOf(entities: Entity[]): Set<string> {
  let out = lastWordSets.get(entities);
  if (!out) {
    lastWordSets.set(entities, (out = new Set()));
    for (const e of entities) for (const form of [e.name, ...e.aliases]) out.add(lastWordKey(form));
  }
  return out;
}
