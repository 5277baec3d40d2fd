// Groups articles about the same event into stories: average-link clustering over article similarity.
import type { Article } from '../../corpus/types';
import { MaxHeap } from './heap';
import { similarityEdges } from './similarity';
import { cosine } from './tfidf';
import type { AlignContext, Story } from './types';

/**
 * Two groups are one story when the mean similarity over all their cross pairs reaches this.
 * TODO(measure): figures filled in below once tuned.
 */
export const STORY_THRESHOLD = 0.3;

/** Articles with known dates further apart than this are never one story (a follow-up months
 *  later is a new event, however alike the wording). */
export const STORY_DATE_WINDOW_DAYS = 7;

/** Pairs below this are taken as 0 in the averages, so the pair list stays sparse. The error is at
 *  most this much per missing pair, and only ever lowers an average (never glues). */
const EDGE_FLOOR = STORY_THRESHOLD / 2;

interface Cluster {
  members: number[];
  /** Earliest and latest known date, in days since the epoch; null when none is known. */
  firstDay: number | null;
  lastDay: number | null;
  /** Sum of pair similarities to each neighbouring live cluster. */
  links: Map<number, number>;
}

/**
 * Average-link (UPGMA) clustering: start with one cluster per article, repeatedly merge the two
 * clusters with the highest mean pairwise similarity while it is at least STORY_THRESHOLD and their
 * dates fit in STORY_DATE_WINDOW_DAYS. Average link rather than single link, so a chain of each-a-bit-
 * alike articles does not glue a whole section into one story. Articles left alone are not stories.
 */
export function findStories(ctx: AlignContext): Story[] {
  const clusters = new Map<number, Cluster>();
  ctx.articles.forEach((article, i) => {
    const day = dayNumber(article);
    clusters.set(i, { members: [i], firstDay: day, lastDay: day, links: new Map() });
  });
  for (const { a, b, similarity } of similarityEdges(ctx, EDGE_FLOOR)) {
    clusters.get(a)!.links.set(b, similarity);
    clusters.get(b)!.links.set(a, similarity);
  }

  const heap = new MaxHeap<[number, number]>();
  const offer = (x: number, y: number) => {
    const mean = meanLink(clusters, x, y);
    if (mean >= STORY_THRESHOLD) heap.push(mean, [x, y]);
  };
  for (const [x, cluster] of clusters) for (const y of cluster.links.keys()) if (x < y) offer(x, y);

  let nextId = ctx.articles.length;
  while (heap.size > 0) {
    const [x, y] = heap.pop()!.value;
    const cx = clusters.get(x);
    const cy = clusters.get(y);
    // Entries for clusters merged since are stale; a live pair's mean never changes.
    if (!cx || !cy || !datesFit(cx, cy)) continue;
    const merged = merge(cx, cy, x, y);
    const z = nextId++;
    clusters.delete(x);
    clusters.delete(y);
    clusters.set(z, merged);
    for (const [neighbour, sum] of merged.links) {
      const links = clusters.get(neighbour)!.links;
      links.delete(x);
      links.delete(y);
      links.set(z, sum);
      offer(z, neighbour);
    }
  }

  return [...clusters.values()]
    .filter((cluster) => cluster.members.length > 1)
    .map((cluster) => cluster.members.sort((p, q) => p - q))
    .sort((p, q) => p[0] - q[0])
    .map((members, k) => ({
      id: `story-${k + 1}`,
      title: ctx.articles[mostCentral(ctx, members)].headline.value,
      articles: members.map((i) => ctx.articles[i].id),
    }));
}

function meanLink(clusters: Map<number, Cluster>, x: number, y: number): number {
  const cx = clusters.get(x)!;
  const cy = clusters.get(y)!;
  return (cx.links.get(y) ?? 0) / (cx.members.length * cy.members.length);
}

function merge(cx: Cluster, cy: Cluster, x: number, y: number): Cluster {
  const links = new Map(cx.links);
  for (const [neighbour, sum] of cy.links) links.set(neighbour, (links.get(neighbour) ?? 0) + sum);
  // The links between x and y are now inside the cluster.
  links.delete(x);
  links.delete(y);
  return {
    members: [...cx.members, ...cy.members],
    firstDay: minKnown(cx.firstDay, cy.firstDay),
    lastDay: maxKnown(cx.lastDay, cy.lastDay),
    links,
  };
}

function datesFit(cx: Cluster, cy: Cluster): boolean {
  const first = minKnown(cx.firstDay, cy.firstDay);
  const last = maxKnown(cx.lastDay, cy.lastDay);
  return first === null || last === null || last - first <= STORY_DATE_WINDOW_DAYS;
}

/** The member with the highest total similarity to the others (the earliest on ties). */
function mostCentral(ctx: AlignContext, members: number[]): number {
  let best = members[0];
  let bestSum = -1;
  for (const i of members) {
    let sum = 0;
    for (const j of members) if (j !== i) sum += cosine(ctx.vectors[i], ctx.vectors[j]);
    if (sum > bestSum) {
      best = i;
      bestSum = sum;
    }
  }
  return best;
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
