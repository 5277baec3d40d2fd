// One article's entities: group its name candidates into entities and decide each one's kind.
import type { Article } from '../../corpus/types';
import type { EntityType } from '../types';
import { abbreviates, aliasKey } from './aliases';
import { findCandidates, type Candidate } from './candidates';
import { definitionPairs } from './definitions';
import type { ArticleEntities, LocalEntity } from './types';
import { UnionFind } from './unionFind';

export function extractArticleEntities(article: Article): ArticleEntities {
  return { entities: entitiesOfText(article.text) };
}

export function entitiesOfText(text: string): LocalEntity[] {
  const cands = findCandidates(text);
  const uf = new UnionFind(cands.length);
  const keyOf = (c: Candidate): string => (c.gazetteer ? `gazetteer:${c.gazetteer.name}` : aliasKey(c.text));

  const firstByKey = new Map<string, number>();
  cands.forEach((c, i) => {
    const k = keyOf(c);
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, i);
    else uf.union(first, i);
  });
  for (const [a, b] of definitionPairs(text, cands)) uf.union(a, b);

  cands.forEach((c, i) => {
    if (c.gazetteer || c.words.length > 1) return;
    // An acronym joins the name whose initials it spells; a single word joins the full personal
    // name it starts or ends ("Kim" → "Kim Jong Un", "Putin" → "Vladimir Putin"), the nearest one first.
    const target = nearest(cands, i, (m) =>
      c.acronym
        ? !m.gazetteer && abbreviates(c.text, m.text)
        : !m.gazetteer && !m.headed && m.words.length > 1 && !m.acronym && endsOf(m).includes(aliasKey(c.text)),
    );
    if (target >= 0) uf.union(i, target);
  });

  const entities: LocalEntity[] = [];
  for (const group of uf.groups()) {
    const e = toEntity(text, group.map((i) => cands[i]));
    if (e) entities.push(e);
  }
  return entities;
}

const endsOf = (c: Candidate): string[] => [aliasKey(c.words[0]), aliasKey(c.words[c.words.length - 1])];

/** The closest earlier candidate satisfying `ok`, else the closest later one; -1 if none. */
function nearest(cands: Candidate[], i: number, ok: (c: Candidate) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (ok(cands[j])) return j;
  for (let j = i + 1; j < cands.length; j++) if (ok(cands[j])) return j;
  return -1;
}

function toEntity(text: string, group: Candidate[]): LocalEntity | undefined {
  const type = decideType(group);
  if (!type) return undefined;
  const known = group.find((c) => c.gazetteer)?.gazetteer;
  const full = group.filter((c) => !c.acronym);
  const pool = full.length > 0 ? full : group;
  const capitals = (c: Candidate): number => c.words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // The fullest form names it, proper words counting before common ones ("X Cosmodrome" over "X space center").
  const fullest = pool.reduce((best, c) =>
    capitals(c) > capitals(best) || (capitals(c) === capitals(best) && c.words.length > best.words.length) ? c : best,
  );
  const name = known?.name ?? fullest.text;
  const surfaces = [...new Set(group.map((c) => text.slice(c.span.start, c.span.end)))];
  return {
    name,
    type,
    key: aliasKey(name),
    aliases: surfaces.filter((s) => s !== name),
    mentions: group.map((c) => c.span).sort((a, b) => a.start - b.start),
    known: known !== undefined,
  };
}

/** The gazetteer's kind when it knows the name, else the kind with the most evidence; none without evidence. */
function decideType(group: Candidate[]): EntityType | undefined {
  const known = group.find((c) => c.gazetteer)?.gazetteer;
  if (known) return known.type;
  const total: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  for (const c of group) for (const t of Object.keys(total) as EntityType[]) total[t] += c.score[t];
  const best = (Object.keys(total) as EntityType[]).reduce((a, b) => (total[b] > total[a] ? b : a));
  if (total[best] > 0) return best;
  // A lone word that speaks, with no personal name to attach to, is most often an organisation ("Microsoft said").
  return group.some((c) => c.speaks) ? 'organization' : undefined;
}
