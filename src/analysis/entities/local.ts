// One article's entities: group its name candidates into entities and decide each one's kind.
import type { Article } from '../../corpus/types';
import type { EntityType } from '../types';
import { abbreviates, aliasKey } from './aliases';
import { findCandidates, type Candidate } from './candidates';
import { noCues, type Cues } from './contextCues';
import { definitionPairs } from './definitions';
import { lookupGazetteer } from './gazetteer';
import { inLabelPosition } from './labels';
import { CONFIDENT, type ArticleEntities, type LocalEntity } from './types';
import { UnionFind } from './unionFind';

export function extractArticleEntities(article: Article): ArticleEntities {
  return { entities: entitiesOfText(article.text) };
}

export function entitiesOfText(text: string): LocalEntity[] {
  const cands = findCandidates(text);
  const uf = new UnionFind(cands.length);
  const keyOf = (c: Candidate): string => (c.gazetteer ? `gazetteer:${c.gazetteer.name}` : aliasKey(c.text));

  // Full names, known names and acronyms with the same key are one entity.
  const firstByKey = new Map<string, number>();
  const joinByKey = (i: number): void => {
    const k = keyOf(cands[i]);
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, i);
    else uf.union(first, i);
  };
  const single = (c: Candidate): boolean => !c.gazetteer && !c.acronym && c.words.length === 1;
  cands.forEach((c, i) => {
    if (!single(c)) joinByKey(i);
  });
  // An acronym is tied to one full name: its definition, else the first it is linked to. Linking each of its
  // mentions to its nearest match made "EC" join both the European Commission and a later European Council.
  const tiedAcronyms = new Set<string>();
  for (const [a, b] of definitionPairs(text, cands)) {
    uf.union(a, b);
    for (const k of [a, b]) if (cands[k].acronym) tiedAcronyms.add(aliasKey(cands[k].text));
  }

  // A shorter form joins the nearest fuller personal name it starts or ends ("Kim" → "Kim Jong Un",
  // "Van Nistelrooy" → "Ruud van Nistelrooy"); an acronym joins the name whose initials it spells.
  // Each bare word finds its own full name, so two people called Robinson stay two.
  const shortForms = new Set<number>();
  cands.forEach((c, i) => {
    if (c.gazetteer) return;
    // "the Commission" after "the Ostravian Trade Commission": an institution's head word alone is the full name said before it.
    if (single(c) && !personal(c)) {
      const type = strongestType(c.score);
      const headed = headedBy(c.text);
      const full = nearestBefore(cands, i, (m) => strongestType(m.score) === type && headed(m));
      if (full >= 0) {
        uf.union(i, full);
        return;
      }
    }
    const key = aliasKey(c.text);
    if (c.acronym && tiedAcronyms.has(key)) return;
    // A short name joins a person's full name only when it is a person too: "Ford" the carmaker is not Harrison Ford;
    // nor is a region's name ("Europe" after "Nintendo Europe", read as a surname) anyone's short name.
    // What depends on `c` alone is worked out once, not for every candidate tried.
    const person = !c.acronym && personal(c);
    let region: boolean | undefined;
    const target = nearest(cands, i, (m) =>
      c.acronym
        ? !m.gazetteer && abbreviates(c.text, m.text)
        : person && personal(m) && !(region ??= regionName(c)) && m.words.length > c.words.length && partsOf(m, c.words.length).includes(key),
    );
    if (target >= 0) {
      uf.union(i, target);
      if (c.acronym) tiedAcronyms.add(key);
      else shortForms.add(i);
    } else if (single(c)) {
      joinByKey(i);
    }
  });

  return uf.groups().map((group) => toEntity(text, group.map((i) => cands[i]), group.filter((i) => shortForms.has(i)).length));
}

/** A name with more evidence for a person than for anything else. */
const personal = (m: Candidate): boolean =>
  !m.gazetteer && !m.acronym && m.score.person > 0 && m.score.person >= Math.max(m.score.organization, m.score.place);

/** A name the gazetteer knows as a region ("Europe", "Middle East"): a continent or a sea is nobody's surname. */
const regionName = (c: Candidate): boolean => lookupGazetteer(c.text)?.kind === 'region';

/** Keys of the first and the last `n` words of a name. */
const partsOf = (c: Candidate, n: number): string[] => [aliasKey(c.words.slice(-n).join(' ')), aliasKey(c.words.slice(0, n).join(' '))];

/** A name of several words whose head is `head`: its last word, or the word before an "of" ("Council of Ministers"). */
const headedBy = (head: string) => (m: Candidate): boolean => {
  const of = m.words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return m.words.length > 1 && m.words[of > 0 ? of - 1 : m.words.length - 1] === head;
};

/** The closest earlier candidate satisfying `ok`; -1 if none. */
function nearestBefore(cands: Candidate[], i: number, ok: (c: Candidate) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (ok(cands[j])) return j;
  return -1;
}

/** The closest earlier candidate satisfying `ok`, else the closest later one; -1 if none. */
function nearest(cands: Candidate[], i: number, ok: (c: Candidate) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (ok(cands[j])) return j;
  for (let j = i + 1; j < cands.length; j++) if (ok(cands[j])) return j;
  return -1;
}

function toEntity(text: string, group: Candidate[], shortForms: number): LocalEntity {
  const known = group.find((c) => c.gazetteer)?.gazetteer;
  const evidence = weigh(group, shortForms);
  const full = group.filter((c) => !c.acronym);
  const pool = full.length > 0 ? full : group;
  const capitals = (c: Candidate): number => c.words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // The fullest form names it, proper words counting before common ones ("X Cosmodrome" over "X space center").
  const fullest = pool.reduce((best, c) =>
    capitals(c) > capitals(best) || (capitals(c) === capitals(best) && c.words.length > best.words.length) ? c : best,
  );
  // Names read as written, but on one line: newswire copy wraps inside names.
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
  const name = known?.name ?? oneLine(fullest.text);
  const surfaces = [...new Set(group.map((c) => oneLine(text.slice(c.span.start, c.span.end))))];
  return {
    name,
    type: known?.type ?? strongestType(evidence),
    key: aliasKey(name),
    aliases: surfaces.filter((s) => s !== name),
    mentions: group.map((c) => c.span).sort((a, b) => a.start - b.start),
    known: known !== undefined,
    evidence,
    labels: group.filter((c) => inLabelPosition(text, c.span)).length,
    cues: sumCues(group),
  };
}

/**
 * Evidence for each kind over a group's mentions. A personal name referred to again by a part of it
 * alone ("Warhol") counts as a cue for a person.
 */
function weigh(group: Candidate[], shortForms: number): Record<EntityType, number> {
  const known = group.find((c) => c.gazetteer)?.gazetteer;
  const total: Record<EntityType, number> = { person: shortForms > 0 ? CONFIDENT : 0, organization: 0, place: 0 };
  if (known) total[known.type] += 10 * CONFIDENT;
  for (const c of group) for (const t of TYPES) total[t] += c.score[t];
  return total;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];

const CUE_KINDS = [...TYPES, 'work'] as const;

function sumCues(group: Candidate[]): Cues {
  const total = noCues();
  for (const c of group) for (const t of CUE_KINDS) total[t] += c.cues[t];
  return total;
}

function strongestType(evidence: Record<EntityType, number>): EntityType {
  return TYPES.reduce((a, b) => (evidence[b] > evidence[a] ? b : a));
}

/** Enough evidence to report the entity from this article alone. */
export function isConfident(e: LocalEntity): boolean {
  return e.known || TYPES.some((t) => e.evidence[t] >= CONFIDENT);
}
