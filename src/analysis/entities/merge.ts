// Corpus-wide merge: per-article entities with the same alias key, or a bare surname or acronym
// that only one corpus entity can mean, become one Entity with a stable id.
import type { Entity, EntityType, Mention } from '../types';
import { abbreviates, aliasKey, nameWords, slug } from './aliases';
import { CONFIDENT, type ArticleEntities, type LocalEntity } from './types';
import { corpusTypes } from './corpusTypes';
import { INSTITUTION_HEADS, ORG_HEADS } from './cues';
import { entityFacts, strongKeys, type EntityFacts } from './mergeFacts';
import { UnionFind } from './unionFind';
import { variantPairs } from './variants';

interface Item {
  article: string;
  order: number;
  e: LocalEntity;
  facts: EntityFacts;
}

/**
 * A name that stands like a label (labels.ts) in at least this many articles, and in most of the
 * articles that name it, is the corpus's boilerplate: Reuters' sign-off "REUTER" (4,630 articles),
 * the table labels "Shr", "Net", "Oper", "NOTE", "Pay". A corpus of fewer articles proves nothing.
 */
const BOILERPLATE_ARTICLES = 50;

/** Alias keys of names that are the corpus's boilerplate rather than entities. */
function boilerplateKeys(items: readonly { e: LocalEntity }[]): Set<string> {
  const counts = new Map<string, { articles: number; labelled: number }>();
  for (const { e } of items) {
    const c = counts.get(e.key) ?? { articles: 0, labelled: 0 };
    c.articles++;
    if (2 * e.labels >= e.mentions.length) c.labelled++;
    counts.set(e.key, c);
  }
  return new Set([...counts].filter(([, c]) => c.labelled >= BOILERPLATE_ARTICLES && 2 * c.labelled >= c.articles).map(([k]) => k));
}

/**
 * The corpus's entities from each article's. An article's `facts` (entityFacts of each of its
 * entities, in order) may come worked out already: a pool's merger does that while it waits.
 */
export function mergeEntities(perArticle: { article: string; result: ArticleEntities; facts?: readonly EntityFacts[] }[]): Entity[] {
  const all: Item[] = perArticle.flatMap(({ article, result, facts }, order) => result.entities.map((e, k) => ({ article, order, e, facts: facts?.[k] ?? entityFacts(e) })));
  const boilerplate = boilerplateKeys(all);
  // A name led by a label ("Shr NA", "Shr Class A" after a dateline) is the tagger running the label into
  // the figures or into a company's name: not an entity in its own right.
  const labelLed = ({ facts }: Item): boolean => facts.words.length > 1 && boilerplate.has(facts.firstKey);
  const kept = all.filter((it) => !boilerplate.has(it.e.key) && !labelLed(it));
  const types = corpusTypes(kept.map((it) => it.e), kept.map((it) => it.facts));
  const items = kept.flatMap((it, i) => (types[i] === null ? [] : [retyped(it, types[i]!)]));
  const uf = new UnionFind(items.length);

  // Equal names merge only with equal types: each article's type is evidence from its own context, and
  // a sports report's "Chicago" (the team) is not the "Chicago" of a dateline (the place).
  const byKey = new Map<string, number>();
  items.forEach((it, i) => {
    for (const k of it.facts.strongKeys.map((key) => `${it.e.type}:${key}`)) {
      const first = byKey.get(k);
      if (first === undefined) byKey.set(k, i);
      else uf.union(first, i);
    }
  });

  // A bare "Putin" or "KCNA" in an article that never spells the name out joins the one corpus
  // entity it can mean; when several could, it stays apart rather than guess. Its own type is a
  // guess from one article ("Ryu said" looks like an organisation), so it may disagree, but not
  // when it has more than one cue of its own ("carmaker Ford said" is not Harrison Ford).
  const byPart = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  // Pushed in place: copying the list on every push was quadratic in common name parts ("john").
  const index = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  items.forEach(({ e, facts }, i) => {
    if (facts.words.length < 2) return;
    if (e.type === 'person' && e.evidence.person >= CONFIDENT) {
      for (const w of new Set([facts.firstKey, facts.lastKey])) index(byPart, w, i);
    } else if (e.type !== 'person' && (e.known || e.evidence[e.type] >= CONFIDENT)) {
      index(byInitials, facts.initials, i);
    }
  });
  items.forEach(({ e, facts }, i) => {
    if (e.known || facts.words.length > 1) return;
    const acronym = facts.acronym;
    if (!acronym && TYPES.some((t) => t !== 'person' && e.evidence[t] > CONFIDENT)) return;
    const options = acronym
      ? (byInitials.get(facts.letters) ?? []).filter((j) => items[j].e.type === e.type && abbreviates(e.name, items[j].e.name))
      : (byPart.get(aliasKey(e.name)) ?? []);
    const roots = new Set(options.map((j) => uf.find(j)));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });

  // Spelling variants of one person's name ("Costas" and "Kostas Kenteris"), joined on evidence.
  const groups = uf.groups();
  const variants = groups.map((g, id) => ({
    id, name: mostCommonName(g.map((i) => items[i])), type: items[g[0]].e.type, articles: new Set(g.map((i) => items[i].article)),
  }));
  for (const [a, b] of variantPairs(variants)) uf.union(groups[a][0], groups[b][0]);

  const entities = uf.groups().flatMap((g) => {
    const group = g.map((i) => items[i]);
    return group.some((it) => it.e.known) || TYPES.some((t) => sum(group, t) >= CONFIDENT) ? [toEntity(group)] : [];
  });
  return assignIds(entities);
}

/** An article's entity with the type the corpus gives it (corpusTypes.ts); its evidence goes to that type. */
function retyped(it: Item, type: EntityType): Item {
  if (type === it.e.type) return it;
  const total = TYPES.reduce((acc, t) => acc + it.e.evidence[t], 0);
  const e: LocalEntity = { ...it.e, type, evidence: { person: 0, organization: 0, place: 0, [type]: total } };
  // Its strong keys depend on its type; the rest of its facts on its name alone.
  return { ...it, e, facts: { ...it.facts, strongKeys: strongKeys(e) } };
}

/** The name most of the articles give it; the fuller one among equals. */
function mostCommonName(items: Item[]): string {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.e.name, (counts.get(it.e.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || nameWords(b[0]).length - nameWords(a[0]).length)[0][0];
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];
const sum = (items: Item[], t: EntityType): number => items.reduce((acc, it) => acc + it.e.evidence[t], 0);

function toEntity(items: Item[]): Omit<Entity, 'id'> {
  const known = items.find((it) => it.e.known);
  // Evidence adds up across articles: "to Kelmart" here and "in Kelmart" there make a place.
  const type = known ? known.e.type : TYPES.reduce((a, b) => (sum(items, b) > sum(items, a) ? b : a));
  const name = known?.e.name ?? mostCommonName(items);
  // A bare head word ("the Bank" for the World Bank) names it in one article and another institution in
  // the next: its mentions stay, it is no alias (types.ts: Entity.aliases).
  const aliases = [...new Set(items.flatMap((it) => [it.e.name, ...it.e.aliases]))]
    .filter((a) => a !== name && !(INSTITUTION_HEADS.has(a) || ORG_HEADS.has(a)));
  const mentions: Mention[] = items
    .slice()
    .sort((a, b) => a.order - b.order)
    .flatMap((it) => it.e.mentions.map((span) => ({ article: it.article, span })));
  return { name, type, aliases, mentions };
}

/** Ids are `type:slug`; a clash (two people called John Smith) gets -2, -3 in a fixed order. */
function assignIds(entities: Omit<Entity, 'id'>[]): Entity[] {
  const sorted = entities.slice().sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const used = new Map<string, number>();
  return sorted.map((e) => {
    const base = `${e.type}:${slug(e.name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
}
