// Links a name as an article writes it ("Mr. Putin", "spokesperson Matthew Miller", "Kim") to an entity.
import type { Entity } from '../types';
import { aliasKey, nameWords, stripTitles } from './aliases';

/** Entities by the keys a name can match: every form's alias key, and a person's first or last name. */
interface NameIndex {
  byForm: Map<string, Entity[]>;
  bySurname: Map<string, Entity[]>;
}

// Quote attribution asks once per speaker name; scanning every entity each time was quadratic
// at corpus scale. The index is built once per entity list.
const indexes = new WeakMap<readonly Entity[], NameIndex>();

function indexOf(entities: readonly Entity[]): NameIndex {
  let index = indexes.get(entities);
  if (!index) {
    index = { byForm: new Map(), bySurname: new Map() };
    for (const e of entities) {
      for (const key of new Set([e.name, ...e.aliases].map(aliasKey))) add(index.byForm, key, e);
      const w = nameWords(e.name);
      if (e.type === 'person' && w.length > 1) for (const key of new Set([aliasKey(w[0]), aliasKey(w[w.length - 1])])) add(index.bySurname, key, e);
    }
    indexes.set(entities, index);
  }
  return index;
}

function add(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/**
 * The entity a name refers to: an alias-key match first, else (for one word) a person whose name
 * starts or ends with it, else the longest matching tail of the name ("State Department spokesperson
 * Matthew Miller" → Matthew Miller). Entities mentioned in `articleId` are preferred, then the most mentioned.
 */
export function findEntityForName(name: string, articleId: string, entities: Entity[]): Entity | undefined {
  const words = nameWords(stripTitles(name.split(',')[0]));
  const index = indexOf(entities);
  for (let i = 0; i < words.length; i++) {
    const found = match(words.slice(i), articleId, index);
    if (found) return found;
  }
  return undefined;
}

function match(words: string[], articleId: string, index: NameIndex): Entity | undefined {
  const key = aliasKey(words.join(' '));
  if (!key) return undefined;
  const exact = new Set(index.byForm.get(key) ?? []);
  const hits = [...exact, ...(words.length === 1 ? (index.bySurname.get(key) ?? []).filter((e) => !exact.has(e)) : [])];
  const here = (e: Entity): number => Number(e.mentions.some((m) => m.article === articleId));
  return hits.sort((a, b) => here(b) - here(a) || Number(exact.has(b)) - Number(exact.has(a)) || b.mentions.length - a.mentions.length)[0];
}
