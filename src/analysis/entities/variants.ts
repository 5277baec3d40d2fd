// Spelling variants of one person's name across articles: "Costas Kenteris" in one article and
// "Kostas Kenteris" in fifteen are one sprinter. Joined only on evidence: both read as people, the
// same surname, first names one letter apart (at least four letters long), and articles that
// name the same other people, organisations or places.
import type { EntityType } from '../types';
import { aliasKey, nameWords } from './aliases';

export interface VariantGroup {
  /** Its index among the groups. */
  id: number;
  name: string;
  type: EntityType;
  articles: ReadonlySet<string>;
}

/** Other entities both variants' articles must name. */
const SHARED_CONTEXT = 2;
/** An entity named in more than this share of the articles is no context: it goes with everything. */
const COMMON_SHARE = 0.02;
const MIN_FIRST_NAME = 4;

/** Whether a and b differ by one letter inserted, deleted or replaced. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Pairs of group ids that are spellings of one person's name. */
export function variantPairs(groups: readonly VariantGroup[]): [number, number][] {
  const bySurname = new Map<string, { g: VariantGroup; first: string }[]>();
  for (const g of groups) {
    const words = nameWords(g.name);
    if (g.type !== 'person' || words.length !== 2) continue;
    const first = aliasKey(words[0]);
    if (first.length < MIN_FIRST_NAME) continue;
    const key = aliasKey(words[1]);
    const list = bySurname.get(key) ?? [];
    list.push({ g, first });
    bySurname.set(key, list);
  }
  const candidates: [VariantGroup, VariantGroup][] = [];
  for (const list of bySurname.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (oneEditApart(list[i].first, list[j].first)) candidates.push([list[i].g, list[j].g]);
    }
  }
  if (candidates.length === 0) return [];
  // The entities each article names, and in how many articles each one stands.
  const byArticle = new Map<string, number[]>();
  for (const g of groups) {
    for (const a of g.articles) {
      const list = byArticle.get(a);
      if (list) list.push(g.id);
      else byArticle.set(a, [g.id]);
    }
  }
  const common = Math.max(SHARED_CONTEXT, COMMON_SHARE * byArticle.size);
  const context = (g: VariantGroup): Set<number> => {
    const out = new Set<number>();
    for (const a of g.articles) for (const id of byArticle.get(a) ?? []) if (groups[id].articles.size <= common) out.add(id);
    return out;
  };
  return candidates.flatMap(([a, b]) => {
    const [ca, cb] = [context(a), context(b)];
    let shared = 0;
    for (const id of ca) if (id !== a.id && id !== b.id && cb.has(id)) shared++;
    return shared >= SHARED_CONTEXT ? [[a.id, b.id] as [number, number]] : [];
  });
}
