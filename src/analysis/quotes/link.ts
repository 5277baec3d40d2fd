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
 * The entity a speaker's name refers to. A one-word name ("Brown") only links to an entity
 * mentioned in the same article: another article's Brown is probably someone else.
 */
export function linkName(name: string, articleId: string, entities: Entity[]): Entity | undefined {
  const found = findEntityForName(name, articleId, entities);
  if (!found) return undefined;
  const oneWord = !/\s/u.test(name.trim());
  return !oneWord || found.mentions.some((m) => m.article === articleId) ? found : undefined;
}
