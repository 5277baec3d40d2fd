// Builds the corpus-wide state alignment works from: vocabulary and IDF, article vectors, postings.
import type { Article, Span } from '../../corpus/types';
import type { Entity } from '../types';
import { addSpanTerms, ENTITY_TERM_PREFIX, type MentionRef, type TermCounts } from './terms';
import { termOf, wordTokens } from './tokens';
import { addDocument, emptyVocabulary, sublinearTf, toVector, type SparseVector, type Vocabulary } from './tfidf';
import type { AlignContext, Posting } from './types';
import { ARTICLE_NAME_WEIGHT, LEAD_SENTENCES, LEAD_WEIGHT, SENTENCE_NAME_WEIGHT } from './weights';

export function buildAlignContext(articles: readonly Article[], entities: readonly Entity[] = []): AlignContext {
  const indexOf = new Map(articles.map((article, i) => [article.id, i]));
  const mentions = mentionsByArticle(articles.length, indexOf, entities);
  const vocabulary = emptyVocabulary();
  const counts = articles.map((article, i) => articleTerms(article, mentions[i], vocabulary));
  return contextOf(articles, indexOf, mentions, counts, vocabulary);
}

/**
 * The corpus statistics comparison needs from the rest of the corpus: every sentence's terms
 * counted into a vocabulary (document frequencies, hence IDF), without entity mentions, so no
 * corpus-wide entity analysis is needed to build it.
 */
export function buildVocabulary(articles: readonly Article[]): Vocabulary {
  const vocabulary = emptyVocabulary();
  for (const article of articles) articleTerms(article, [], vocabulary);
  return vocabulary;
}

/**
 * A context over a few articles of a corpus (the two compared) with their own entity mentions,
 * weighted by `corpusVocabulary` (from buildVocabulary over the whole corpus, these articles
 * included; not changed). An entity's term is not in that vocabulary: it gets the document
 * frequency of its commonest mention form, each form counted as its rarest word (a sentence naming
 * "Kim Jong Un" holds "jong"; one naming "Kim" holds "kim"), which is near what a corpus-wide
 * build with mentions counts for it.
 */
export function contextWithVocabulary(articles: readonly Article[], entities: readonly Entity[], corpusVocabulary: Vocabulary): AlignContext {
  const indexOf = new Map(articles.map((article, i) => [article.id, i]));
  const mentions = mentionsByArticle(articles.length, indexOf, entities);
  const vocabulary: Vocabulary = { ids: new Map(corpusVocabulary.ids), df: [...corpusVocabulary.df], docs: corpusVocabulary.docs };
  for (const entity of entities) {
    const term = ENTITY_TERM_PREFIX + entity.id;
    if (vocabulary.ids.has(term)) continue;
    vocabulary.ids.set(term, vocabulary.df.length);
    vocabulary.df.push(entityFrequency(entity, articles, indexOf, corpusVocabulary));
  }
  const counts = articles.map((article, i) => articleTerms(article, mentions[i]));
  return contextOf(articles, indexOf, mentions, counts, vocabulary);
}

function entityFrequency(entity: Entity, articles: readonly Article[], indexOf: ReadonlyMap<string, number>, vocabulary: Vocabulary): number {
  let commonest = 1;
  for (const { article, span } of entity.mentions) {
    const index = indexOf.get(article);
    if (index === undefined) continue;
    let rarest = Infinity;
    for (const token of wordTokens(articles[index].text, span)) {
      const term = termOf(token.surface);
      const id = term === null ? undefined : vocabulary.ids.get(term);
      if (id !== undefined) rarest = Math.min(rarest, vocabulary.df[id]);
    }
    if (Number.isFinite(rarest)) commonest = Math.max(commonest, rarest);
  }
  return Math.min(commonest, vocabulary.docs);
}

function contextOf(
  articles: readonly Article[],
  indexOf: ReadonlyMap<string, number>,
  mentions: readonly MentionRef[][],
  counts: readonly TermCounts[],
  vocabulary: Vocabulary,
): AlignContext {
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
    addSpanTerms(counts, article.text, span, mentions, SENTENCE_NAME_WEIGHT);
    return toVector(counts, ctx.vocabulary, sublinearTf);
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
 * Terms of the whole article: its sentences (the lead weighted up), plus the title line and caption
 * outside the body. Each of these units also counts as one document in `vocabulary` (when given):
 * IDF over sentences, not articles, because in a handful of articles on one topic the leaders'
 * names are in every article (article IDF cannot tell them from filler) but only in some sentences,
 * while the detail that marks one event ("spaceport", "missiles") is in one or two. Sentences of a
 * Q/A block count for IDF but not in the article vector: the block restates the body, and counting
 * its facts twice made a summary-with-FAQ look like any article sharing its generic wording.
 */
function articleTerms(article: Article, mentions: readonly MentionRef[], vocabulary?: Vocabulary): TermCounts {
  const counts: TermCounts = new Map();
  const sentences = article.sentences.length > 0 ? article.sentences : [article.body];
  const units = sentences.map((span, k) => ({ span, scale: inFaq(article, span) ? 0 : k < LEAD_SENTENCES ? LEAD_WEIGHT : 1 }));
  if (article.titleLine) units.push({ span: article.titleLine, scale: LEAD_WEIGHT });
  if (article.caption) units.push({ span: article.caption, scale: LEAD_WEIGHT });
  for (const { span, scale } of units) {
    const unit: TermCounts = new Map();
    addSpanTerms(unit, article.text, span, mentions, ARTICLE_NAME_WEIGHT);
    if (vocabulary) addDocument(vocabulary, unit);
    if (scale > 0) for (const [term, count] of unit) counts.set(term, (counts.get(term) ?? 0) + count * scale);
  }
  return counts;
}

function inFaq(article: Article, span: Span): boolean {
  return article.faq.some(({ question, answer }) => overlaps(span, question) || overlaps(span, answer));
}

/** Whether `span` overlaps one of the article's Q/A questions (whose spans leave out the "Q:"). */
export function isFaqQuestion(article: Article, span: Span): boolean {
  return article.faq.some(({ question }) => overlaps(span, question));
}

function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
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
