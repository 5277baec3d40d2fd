// Duplicates: the same article twice (identical text), or nearly (a near-duplicate: the same text
// lightly edited). They are said as such and folded, never offered as another source's account.
import { textHash } from '../../corpus/hash';
import { indexOfArticle } from './context';
import { mostSimilar } from './similarity';
import { cosine } from './tfidf';
import type { AlignContext, Duplicate, DuplicateKind, SimilarArticle, StoryMember } from './types';

/**
 * Whole-article similarity from which two articles are near-duplicates. On bbc the exact duplicate
 * pairs score 1; pairs of different reports on one event reach about 0.75 (politics/218 and 252:
 * 0.65), and re-edited copies of one report 0.9 and more.
 */
export const NEAR_DUPLICATE = 0.9;

/** A similar article with the articles folded into it: its own duplicates among the candidates. */
export interface FoldedSimilar extends SimilarArticle {
  duplicates: Duplicate[];
}

const textKeys = new WeakMap<AlignContext, string[]>();

/** Per article, a hash of its text with runs of white space made one space, so re-wrapping does not hide a copy. */
function textKeysOf(ctx: AlignContext): string[] {
  let keys = textKeys.get(ctx);
  if (!keys) textKeys.set(ctx, (keys = ctx.articles.map((a) => textHash(a.text.replace(/\s+/g, ' ').trim()))));
  return keys;
}

/** For each article, the first article of the context with identical text, or -1 when it is the first itself. */
export function firstCopies(ctx: AlignContext): Int32Array {
  const first = new Map<string, number>();
  return Int32Array.from(textKeysOf(ctx), (key, i) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    return earlier ?? -1;
  });
}

/** Whether two articles of the context are duplicates, and of which kind; null when not. */
export function duplicateKind(ctx: AlignContext, x: number, y: number, similarity = cosine(ctx.vectors[x], ctx.vectors[y])): DuplicateKind | null {
  const keys = textKeysOf(ctx);
  if (keys[x] === keys[y]) return 'identical';
  return similarity >= NEAR_DUPLICATE ? 'near' : null;
}

/** The other articles that duplicate `id`: identical ones first, then near ones, most similar first. */
export function duplicatesOf(ctx: AlignContext, id: string): Duplicate[] {
  const index = indexOfArticle(ctx, id);
  const keys = textKeysOf(ctx);
  const identical: Duplicate[] = [];
  keys.forEach((key, other) => {
    if (other !== index && key === keys[index]) identical.push({ id: ctx.articles[other].id, kind: 'identical', similarity: 1 });
  });
  const near = mostSimilar(ctx, id)
    .filter((s) => s.similarity >= NEAR_DUPLICATE && !identical.some((d) => d.id === s.id))
    .map((s): Duplicate => ({ ...s, kind: 'near' }));
  return [...identical, ...near];
}

/**
 * The articles most similar to `id` that are other sources, not copies of it: its own duplicates
 * are left out, and a candidate duplicating one ranked above it is folded into that one.
 */
export function mostSimilarDistinct(ctx: AlignContext, id: string, limit = Infinity): FoldedSimilar[] {
  const index = indexOfArticle(ctx, id);
  const kept: FoldedSimilar[] = [];
  const keptIndexes: number[] = [];
  for (const candidate of mostSimilar(ctx, id)) {
    const other = indexOfArticle(ctx, candidate.id);
    if (duplicateKind(ctx, index, other, candidate.similarity)) continue;
    if (foldInto(ctx, keptIndexes, other, (host, duplicate) => kept[host].duplicates.push(duplicate))) continue;
    if (kept.length >= limit) break;
    kept.push({ ...candidate, duplicates: [] });
    keptIndexes.push(other);
  }
  return kept;
}

/** What a duplicate is, in words: "identical to politics/253", "near-duplicate of x (0.94)". */
export function duplicateLabel(d: Duplicate): string {
  return d.kind === 'identical' ? `identical to ${d.id}` : `near-duplicate of ${d.id} (${d.similarity.toFixed(2)})`;
}

/** Articles (context indexes, in corpus order) with each duplicate folded into the first article it copies. */
export function foldDuplicates(ctx: AlignContext, indexes: readonly number[]): StoryMember[] {
  const hosts: number[] = [];
  const members: StoryMember[] = [];
  for (const index of indexes) {
    if (foldInto(ctx, hosts, index, (host, duplicate) => members[host].duplicates.push(duplicate))) continue;
    hosts.push(index);
    members.push({ id: ctx.articles[index].id, duplicates: [] });
  }
  return members;
}

/**
 * Folds article `other` into the first of `hosts` (context indexes) it duplicates, handing `fold`
 * that host's position and the duplicate; false when it duplicates none of them.
 */
function foldInto(ctx: AlignContext, hosts: readonly number[], other: number, fold: (host: number, duplicate: Duplicate) => void): boolean {
  for (let h = 0; h < hosts.length; h++) {
    const similarity = cosine(ctx.vectors[hosts[h]], ctx.vectors[other]);
    const kind = duplicateKind(ctx, hosts[h], other, similarity);
    if (kind) {
      fold(h, { id: ctx.articles[other].id, kind, similarity: kind === 'identical' ? 1 : similarity });
      return true;
    }
  }
  return false;
}
