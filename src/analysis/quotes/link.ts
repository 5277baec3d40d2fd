// Links a speaker's name to an entity by alias key: "Putin", "Mr. Putin" and
// "Vladimir Putin" all find the entity "Vladimir Putin" when it is mentioned in the article.
import type { Entity } from '../types';
import { TITLES } from './lexicon';

/** Case-, accent-, hyphen-, space- and punctuation-insensitive key of a name, titles and possessive dropped. */
export function aliasKey(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s\b/gu, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].toLowerCase())) words.shift();
  if (words.length > 1 && words[0].toLowerCase() === 'the') words.shift();
  return words.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function mentionedIn(e: Entity, articleId: string): boolean {
  return e.mentions.some((m) => m.article === articleId);
}

function lastWordKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return aliasKey(words[words.length - 1] ?? '');
}

/**
 * The entity a name refers to: an exact alias-key match (preferring entities mentioned
 * in the article), else — for a one-word name — the person in the article whose name ends with it.
 */
export function linkName(name: string, articleId: string, entities: Entity[]): Entity | undefined {
  const key = aliasKey(name);
  if (key === '') return undefined;
  const exact = entities.filter((e) => aliasKey(e.name) === key || e.aliases.some((a) => aliasKey(a) === key));
  const local = exact.find((e) => mentionedIn(e, articleId));
  if (local ?? exact[0]) return local ?? exact[0];
  if (/\s/u.test(name.trim())) return undefined;
  return entities.find((e) => e.type === 'person' && mentionedIn(e, articleId) && lastWordKey(e.name) === key);
}
