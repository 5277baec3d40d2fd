// Links a name as an article writes it ("Mr. Putin", "spokesperson Matthew Miller", "Kim") to an entity.
import type { Entity } from '../types';
import { aliasKey, nameWords, stripTitles } from './aliases';

/**
 * The entity a name refers to: an alias-key match first, else (for one word) a person whose name
 * starts or ends with it, else the longest matching tail of the name ("State Department spokesperson
 * Matthew Miller" → Matthew Miller). Entities mentioned in `articleId` are preferred, then the most mentioned.
 */
export function findEntityForName(name: string, articleId: string, entities: Entity[]): Entity | undefined {
  const words = nameWords(stripTitles(name.split(',')[0]));
  for (let i = 0; i < words.length; i++) {
    const found = match(words.slice(i), articleId, entities);
    if (found) return found;
  }
  return undefined;
}

function match(words: string[], articleId: string, entities: Entity[]): Entity | undefined {
  const key = aliasKey(words.join(' '));
  if (!key) return undefined;
  const exact = (e: Entity): boolean => [e.name, ...e.aliases].some((f) => aliasKey(f) === key);
  const bySurname = (e: Entity): boolean => {
    const w = nameWords(e.name);
    return words.length === 1 && e.type === 'person' && w.length > 1 && (aliasKey(w[0]) === key || aliasKey(w[w.length - 1]) === key);
  };
  const hits = entities.filter((e) => exact(e) || bySurname(e));
  const here = (e: Entity): number => Number(e.mentions.some((m) => m.article === articleId));
  return hits.sort((a, b) => here(b) - here(a) || Number(exact(b)) - Number(exact(a)) || b.mentions.length - a.mentions.length)[0];
}
