// Whole-article similarity: one pair, one article against all, and all pairs, via the inverted index.
import { indexOfArticle } from './context';
import { cosine } from './tfidf';
import type { AlignContext, SimilarArticle } from './types';

export function articleSimilarity(ctx: AlignContext, aId: string, bId: string): number {
  return cosine(ctx.vectors[indexOfArticle(ctx, aId)], ctx.vectors[indexOfArticle(ctx, bId)]);
}

/** Every other article sharing at least one term with `id`, most similar first (ties in corpus order). */
export function mostSimilar(ctx: AlignContext, id: string, limit = Infinity): SimilarArticle[] {
  const index = indexOfArticle(ctx, id);
  const scores = new Float64Array(ctx.articles.length);
  const touched = accumulate(ctx, index, scores, -1);
  return touched
    .filter((other) => scores[other] > 0)
    .sort((x, y) => scores[y] - scores[x] || x - y)
    .slice(0, limit)
    .map((other) => ({ id: ctx.articles[other].id, similarity: scores[other] }));
}

/** A pair of articles (by context index, a < b) and their similarity. */
export interface SimilarityEdge {
  a: number;
  b: number;
  similarity: number;
}

/**
 * All pairs with similarity of at least `min`. Each article is scored only against later articles
 * that share a term with it (postings walk), so the cost follows the overlap, not n².
 */
export function similarityEdges(ctx: AlignContext, min: number): SimilarityEdge[] {
  const edges: SimilarityEdge[] = [];
  const scores = new Float64Array(ctx.articles.length);
  for (let a = 0; a < ctx.articles.length; a++) {
    for (const b of accumulate(ctx, a, scores, a)) {
      if (scores[b] >= min) edges.push({ a, b, similarity: scores[b] });
      scores[b] = 0;
    }
  }
  return edges;
}

/** Adds the dot products of article `index` with every article after `after` into `scores`;
 *  returns the indexes touched. Postings list articles in ascending order, so the walk starts past
 *  `after` by binary search. */
function accumulate(ctx: AlignContext, index: number, scores: Float64Array, after: number): number[] {
  const touched: number[] = [];
  const vector = ctx.vectors[index];
  for (let k = 0; k < vector.ids.length; k++) {
    const posting = ctx.postings[vector.ids[k]];
    const w = vector.weights[k];
    for (let p = firstAfter(posting.articles, after); p < posting.articles.length; p++) {
      const other = posting.articles[p];
      if (other === index) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] += w * posting.weights[p];
    }
  }
  return touched;
}

function firstAfter(sorted: readonly number[], after: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
