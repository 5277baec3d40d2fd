// Builds the corpus-wide state alignment works from: vocabulary and IDF, article vectors, postings.
import type { Article } from '../../corpus/types';
import type { Entity } from '../types';
import { addSpanTerms, type MentionRef, type TermCounts } from './terms';
import { addDocument, emptyVocabulary, rawTf, sublinearTf, toVector, type SparseVector, type Vocabulary } from './tfidf';
import type { AlignContext, Posting } from './types';

export function buildAlignContext(articles: readonly Article[], entities: readonly Entity[] = []): AlignContext {
  const indexOf = new Map(articles.map((article, i) => [article.id, i]));
  const mentions = mentionsByArticle(articles.length, indexOf, entities);
  const vocabulary = emptyVocabulary();
  const counts = articles.map((article, i) => articleTerms(article, mentions[i], vocabulary));
  const vectors = counts.map((c) => toVector(c, vocabulary, sublinearTf));
  return {
    articles,
    indexOf,
    vocabulary,
    mentions,
    vectors,
    postings: invert(vectors, vocabulary.df.length),
    sentenceVectors: new Map(),
  };
}

/**
 * The vectors of an article's sentences, in the order of `article.sentences`: cached in the context
 * for its own articles, computed against its vocabulary for any other.
 */
export function sentenceVectorsOf(ctx: AlignContext, article: Article): SparseVector[] {
  const index = ownIndex(ctx, article);
  const cached = index === undefined ? undefined : ctx.sentenceVectors.get(index);
  if (cached) return cached;
  const mentions = index === undefined ? [] : ctx.mentions[index];
  const vectors = article.sentences.map((span) => {
    const counts: TermCounts = new Map();
    addSpanTerms(counts, article.text, span, mentions);
    return toVector(counts, ctx.vocabulary, rawTf);
  });
  if (index !== undefined) ctx.sentenceVectors.set(index, vectors);
  return vectors;
}

/** The whole-article vector: the context's own for its articles, computed for any other. */
export function articleVectorOf(ctx: AlignContext, article: Article): SparseVector {
  const index = ownIndex(ctx, article);
  return index === undefined ? toVector(articleTerms(article, []), ctx.vocabulary, sublinearTf) : ctx.vectors[index];
}

export function indexOfArticle(ctx: AlignContext, id: string): number {
  const index = ctx.indexOf.get(id);
  if (index === undefined) throw new Error(`no article with id ${id} in the alignment context`);
  return index;
}

// The same id may name a different text (an edited file reloaded): only the context's own object counts.
function ownIndex(ctx: AlignContext, article: Article): number | undefined {
  const index = ctx.indexOf.get(article.id);
  return index !== undefined && ctx.articles[index] === article ? index : undefined;
}

/**
 * News puts the event in the lead (the inverted pyramid): the title line, the caption and the first
 * LEAD_SENTENCES sentences count LEAD_WEIGHT times, so two articles about one event meet on it
 * rather than on the background both give.
 */
export const LEAD_SENTENCES = 2;
export const LEAD_WEIGHT = 3;

/**
 * Terms of the whole article: its sentences, plus the title line and caption outside the body.
 * Each of these units also counts as one document in `vocabulary` (when given): IDF over sentences, not
 * articles, because in a handful of articles on one topic the leaders' names are in every article
 * (article IDF cannot tell them from filler) but only in some sentences, while the detail that
 * marks one event ("spaceport", "missiles") is in one or two.
 */
function articleTerms(article: Article, mentions: readonly MentionRef[], vocabulary?: Vocabulary): TermCounts {
  const counts: TermCounts = new Map();
  const sentences = article.sentences.length > 0 ? article.sentences : [article.body];
  const units = sentences.map((span, k) => ({ span, lead: k < LEAD_SENTENCES }));
  if (article.titleLine) units.push({ span: article.titleLine, lead: true });
  if (article.caption) units.push({ span: article.caption, lead: true });
  for (const { span, lead } of units) {
    const unit: TermCounts = new Map();
    addSpanTerms(unit, article.text, span, mentions);
    if (vocabulary) addDocument(vocabulary, unit);
    const scale = lead ? LEAD_WEIGHT : 1;
    for (const [term, count] of unit) counts.set(term, (counts.get(term) ?? 0) + count * scale);
  }
  return counts;
}

/** Mentions grouped per article, sorted, with overlapping ones dropped (the first, longest wins). */
function mentionsByArticle(
  n: number,
  indexOf: ReadonlyMap<string, number>,
  entities: readonly Entity[],
): MentionRef[][] {
  const grouped: MentionRef[][] = Array.from({ length: n }, () => []);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const index = indexOf.get(mention.article);
      if (index !== undefined) grouped[index].push({ ...mention.span, entity: entity.id });
    }
  }
  return grouped.map((list) => {
    list.sort((x, y) => x.start - y.start || y.end - x.end);
    const kept: MentionRef[] = [];
    for (const m of list) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
    return kept;
  });
}

function invert(vectors: readonly SparseVector[], terms: number): Posting[] {
  const postings: Posting[] = Array.from({ length: terms }, () => ({ articles: [], weights: [] }));
  vectors.forEach((vector, index) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const posting = postings[vector.ids[k]];
      posting.articles.push(index);
      posting.weights.push(vector.weights[k]);
    }
  });
  return postings;
}
