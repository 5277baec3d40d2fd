// Groups articles about the same event into stories: single-link clustering over the graph of
// each article's nearest neighbours, held back by a mean-link floor, a date window and the
// articles' principal actors.
import type { Article } from '../../corpus/types';
import type { Entity } from '../types';
import { actorsAgree, headlineSubjects, principalActors, subjectSetOf, subjectsAgree, type SubjectSet } from './actors';
import { firstCopies, foldDuplicates } from './duplicates';
import { neighbourEdges, type SimilarityEdge } from './similarity';
import type { AlignContext, Story } from './types';

/**
 * Two groups may join when their most similar pair of articles reaches this. On the seeds, with
 * entity mentions or without, the reports of the September 2023 summit link at 0.28–0.32 (000–002,
 * 001–002), while the report of Putin's 2024 visit to Pyongyang (004) is at most 0.227 from any
 * other seed (000–004): any value in (0.227, 0.278] separates it, and 0.25 sits in the middle. The
 * preview of the summit (003) is at 0.254–0.266 from 000 and 002 and joins: it names the same
 * cosmodrome and arms deal, and no weighting tried put it further from them than 001 is.
 */
export const STORY_LINK = 0.25;

/**
 * ...and only when the mean similarity over all their cross pairs reaches this. Single link alone
 * chains: on the 2,213 bbc articles at 0.25 it made stories of 211, 205 and 174 articles (whole
 * topics such as film awards). With this floor and STORY_NEIGHBOURS, bbc has 393 stories, the
 * largest 17 (Yukos; with every pair it was 376, the largest 28: all of awards season), and bbc
 * business 73, the largest 15 (Yukos). On the seeds 001 joins 000+002 at a mean of 0.237–0.241.
 * With the principal actors checked and identical copies folded (below), bbc has 270 stories, the
 * largest still 17 (Yukos), and 96 copies folded; Reuters 2,444 stories, the largest 15. With
 * datelines left out of the actors and formula headlines' subjects checked (actors.ts), Reuters
 * has 2,417–2,425 stories (by the entities of the day), the largest 15 articles, and bbc's are
 * unchanged (271).
 */
export const STORY_MEAN = 0.22;

/** Articles with known dates further apart than this are never one story: a follow-up weeks later
 *  is a new event, however alike the wording. */
export const STORY_DATE_WINDOW_DAYS = 7;

/** Pairs below this are taken as 0 in the means, so the pair list stays sparse; this can only lower
 *  a mean, never glue two groups. */
const PAIR_FLOOR = 0.1;

/**
 * Only each article's this many nearest neighbours (at or above PAIR_FLOOR) are pairs; the rest
 * count as 0 in the means, which again can only keep groups apart. Keeping every pair of at least
 * 0.1 took 10.7 million pairs, 71–94 s and 3 GB on the 19,043 Reuters articles, whose largest
 * "story" was 367 earnings reports of different companies; with at most n·k pairs, time and memory
 * follow the number of articles, and the largest Reuters story has 30 articles.
 */
export const STORY_NEIGHBOURS = 20;

interface Group {
  members: number[];
  /** Earliest and latest known date, in days since the epoch; null when none is known. */
  firstDay: number | null;
  lastDay: number | null;
  /** Sum of pair similarities to each other live group, by its root. */
  links: Map<number, number>;
  /** Its articles' principal actors, all together. */
  actors: Set<string>;
  /** Whose results, payout or split its formula headlines report (actors.ts). */
  subjects: SubjectSet;
}

/**
 * Pairs are taken strongest first, each once (Kruskal's order for single link); a pair joins its two
 * groups when it reaches STORY_LINK, the groups' principal actors agree (actors.ts: the same
 * company, person or organisation, where both name theirs), the groups' mean link reaches
 * STORY_MEAN and their dates fit the window. Without actors, Reuters' largest stories were
 * dividends, splits and quarterly results of a dozen or more companies each: alike in every word
 * but the name. `entities` are the corpus's (those of the context). Articles left alone, or only
 * with identical copies of themselves, are not stories; duplicates are folded into the article
 * they copy. Deterministic for a given corpus order.
 */
export function findStories(ctx: AlignContext, entities: readonly Entity[] = []): Story[] {
  // An identical copy stays out of the clustering (counted twice, it would weigh its original's
  // links double in the means) and joins its original's story at the end.
  const copyOf = firstCopies(ctx);
  const pairs = neighbourEdges(ctx, STORY_NEIGHBOURS, PAIR_FLOOR).filter((p) => copyOf[p.a] < 0 && copyOf[p.b] < 0);

  const groups = new Map<number, Group>();
  const actors = principalActors(ctx.articles, entities);
  const subjects = headlineSubjects(ctx.articles);
  ctx.articles.forEach((article, i) => {
    const day = dayNumber(article);
    groups.set(i, { members: [i], firstDay: day, lastDay: day, links: new Map(), actors: actors[i], subjects: subjectSetOf(subjects[i]) });
  });
  for (const { a, b, similarity } of pairs) {
    groups.get(a)!.links.set(b, similarity);
    groups.get(b)!.links.set(a, similarity);
  }

  const root = ctx.articles.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  const strong = pairs.filter((p) => p.similarity >= STORY_LINK).sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  for (const { a, b } of strong) {
    const x = find(a);
    const y = find(b);
    if (x === y) continue;
    const gx = groups.get(x)!;
    const gy = groups.get(y)!;
    // Checked on the groups, so an article naming no actor cannot bridge two companies' stories;
    // the subjects, so companies of one kind ("… AB 1986 results") are not one story by their kind.
    if (!actorsAgree(gx.actors, gy.actors) || !subjectsAgree(gx.subjects, gy.subjects)) continue;
    const mean = (gx.links.get(y) ?? 0) / (gx.members.length * gy.members.length);
    if (mean < STORY_MEAN || !datesFit(gx, gy)) continue;
    // The group with fewer links moves, so merging stays cheap when one story grows large.
    const [keep, gone] = gx.links.size >= gy.links.size ? [x, y] : [y, x];
    absorb(groups, keep, gone);
    root[gone] = keep;
  }

  copyOf.forEach((original, copy) => {
    if (original < 0) return;
    const keep = find(original);
    absorb(groups, keep, copy);
    root[copy] = keep;
  });
  const centrality = centralityIn(pairs, find, ctx.articles.length);
  // One article and identical copies of it tell nothing new: not a story. Near-duplicates (an
  // edited version) are kept, folded into the article they copy.
  return [...groups.values()]
    .filter((group) => group.members.filter((i) => copyOf[i] < 0).length > 1)
    .map((group) => group.members.sort((p, q) => p - q))
    .map((members) => ({ members, folded: foldDuplicates(ctx, members) }))
    .sort((p, q) => p.members[0] - q.members[0])
    .map(({ members, folded }, k) => ({
      id: `story-${k + 1}`,
      title: ctx.articles[mostCentral(members, centrality)].headline.value,
      articles: members.map((i) => ctx.articles[i].id),
      members: folded,
    }));
}

/** Moves group y into group x, summing their links to every other group. */
function absorb(groups: Map<number, Group>, x: number, y: number): void {
  const gx = groups.get(x)!;
  const gy = groups.get(y)!;
  for (const [other, sum] of gy.links) {
    if (other === x) continue;
    gx.links.set(other, (gx.links.get(other) ?? 0) + sum);
    const links = groups.get(other)!.links;
    links.set(x, (links.get(x) ?? 0) + sum);
    links.delete(y);
  }
  gx.links.delete(y);
  gx.members.push(...gy.members);
  for (const key of gy.actors) gx.actors.add(key);
  for (const key of gy.subjects.firsts) gx.subjects.firsts.add(key);
  for (const key of gy.subjects.runs) gx.subjects.runs.add(key);
  gx.firstDay = minKnown(gx.firstDay, gy.firstDay);
  gx.lastDay = maxKnown(gx.lastDay, gy.lastDay);
  groups.delete(y);
}

function datesFit(gx: Group, gy: Group): boolean {
  const first = minKnown(gx.firstDay, gy.firstDay);
  const last = maxKnown(gx.lastDay, gy.lastDay);
  return first === null || last === null || last - first <= STORY_DATE_WINDOW_DAYS;
}

/** Each article's total similarity to the other members of its group, over the neighbour pairs
 *  (linear in the pairs, where comparing all members of a story was quadratic in its size). */
function centralityIn(pairs: readonly SimilarityEdge[], find: (i: number) => number, n: number): Float64Array {
  const sums = new Float64Array(n);
  for (const { a, b, similarity } of pairs) {
    if (find(a) !== find(b)) continue;
    sums[a] += similarity;
    sums[b] += similarity;
  }
  return sums;
}

/** The member with the highest centrality (the earliest on ties); `members` is in corpus order. */
function mostCentral(members: readonly number[], centrality: Float64Array): number {
  return members.reduce((best, i) => (centrality[i] > centrality[best] ? i : best));
}

function dayNumber(article: Article): number | null {
  const value = article.date.value;
  if (!value) return null;
  const ms = Date.parse(value.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

function minKnown(p: number | null, q: number | null): number | null {
  return p === null ? q : q === null ? p : Math.min(p, q);
}

function maxKnown(p: number | null, q: number | null): number | null {
  return p === null ? q : q === null ? p : Math.max(p, q);
}
