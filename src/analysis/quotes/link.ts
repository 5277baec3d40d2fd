// Links a speaker's name to an entity: "Putin", "Mr. Putin" and "Vladimir Putin" all find
// the entity "Vladimir Putin". Matching is the entity layer's findEntityForName; this module
// adds the quote-side guard and the key the CLI filter compares names by.
import type { Entity } from '../types';
import { findEntityForName } from '../entities';
import { TITLES } from './lexicon';

/** Case-, accent-, hyphen-, space- and punctuation-insensitive key of a name, titles and possessive dropped. */
export function aliasKey(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s\b/gu, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].toLowerCase())) words.shift();
  if (words.length > 1 && words[0].toLowerCase() === 'the') words.shift();
  return words.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The entity a speaker's name refers to, looked up first among the entities mentioned in the
 * article (`local`: cheap, and the likeliest referent), then corpus-wide for a full name.
 * A one-word name ("Brown") only links within the article: another article's Brown is
 * probably someone else.
 */
export function linkName(name: string, articleId: string, entities: Entity[], local?: Entity[]): Entity | undefined {
  const here = local ? findEntityForName(name, articleId, local) : undefined;
  if (here) return here;
  if (!/\s/u.test(name.trim())) {
    const found = local ? undefined : findEntityForName(name, articleId, entities);
    return found?.mentions.some((m) => m.article === articleId) ? found : undefined;
  }
  // Corpus-wide lookups repeat the same full names article after article: remember them,
  // and skip names whose last word ends no entity's name or alias (most unlinked names).
  let corpus = corpusLinks.get(entities);
  if (!corpus) corpusLinks.set(entities, (corpus = { lastWords: lastWordsOf(entities), found: new Map() }));
  const key = name.trim();
  if (!corpus.lastWords.has(lastWordKey(key))) return undefined;
  if (!corpus.found.has(key)) corpus.found.set(key, findEntityForName(name, articleId, entities));
  return corpus.found.get(key);
}

const corpusLinks = new WeakMap<Entity[], { lastWords: Set<string>; found: Map<string, Entity | undefined> }>();

function lastWordKey(name: string): string {
  return aliasKey(name.split(/\s+/).pop() ?? '');
}

function lastWordsOf(entities: Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) for (const form of [e.name, ...e.aliases]) out.add(lastWordKey(form));
  return out;
}
