// The shapes cross-source alignment hands to the compare view, the story list and the CLI.
import type { Article, Span } from '../../corpus/types';
import type { MentionRef } from './terms';
import type { SparseVector, Vocabulary } from './tfidf';

/** A sentence of one article paired with a sentence of the other that states the same fact. */
export interface SharedSentence {
  a: Span;
  b: Span;
  /** Cosine similarity of the two sentences, in (0, 1]. */
  score: number;
  /** The classifier's probability that the two state the same fact (sameness.ts). */
  sameness: number;
}

/** A pair with a shared core where one side adds, drops or changes something (a number, a
 *  negation, the actor, the verb, a qualifier): the words that differ, on each side. */
export interface OverlapSentence extends SharedSentence {
  differ: { a: Span[]; b: Span[] };
}

/** Two articles compared sentence by sentence; every sentence of each side is shared, overlapping
 *  or only its own, except labels ("FAQ:") and lines without a content word, which report nothing
 *  and are in none. */
export interface Alignment {
  a: string;
  b: string;
  /** Whole-article similarity, 0 to 1. */
  similarity: number;
  /** Pairs that state the same fact, in the order of A's sentences. */
  shared: SharedSentence[];
  /** Pairs that share a core but differ in a detail, in the order of A's sentences. */
  overlap: OverlapSentence[];
  onlyA: Span[];
  onlyB: Span[];
}

export interface SimilarArticle {
  id: string;
  similarity: number;
}

/** Articles about the same event. */
export interface Story {
  /** `story-N`, numbered in the order of each story's first article in the corpus. */
  id: string;
  /** The headline of the story's most central article. */
  title: string;
  /** Article ids in corpus order, duplicates included. */
  articles: string[];
  /** The articles, in corpus order, each with its duplicates (identical or near) folded in. */
  members: StoryMember[];
}

/** One article of a story, and the story's articles that duplicate it. */
export interface StoryMember {
  id: string;
  duplicates: Duplicate[];
}

/** Identical text (white space aside), or a near-duplicate (duplicates.ts). */
export type DuplicateKind = 'identical' | 'near';

/** Another article that copies one: which, how, and their whole-article similarity. */
export interface Duplicate {
  id: string;
  kind: DuplicateKind;
  similarity: number;
}

/** Everything comparison needs, computed once per corpus. Build it with `buildAlignContext`. */
export interface AlignContext {
  /** In corpus order; indexes below refer to this order. */
  readonly articles: readonly Article[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly vocabulary: Vocabulary;
  /** Entity mentions per article index, sorted and without overlaps. */
  readonly mentions: readonly (readonly MentionRef[])[];
  /** Whole-article vectors, per article index. */
  readonly vectors: readonly SparseVector[];
  /** Inverted index: term id → the articles holding it and the term's weight in each. */
  readonly postings: readonly Posting[];
  /** Sentence vectors per article index, computed on first use. */
  readonly sentenceVectors: Map<number, SparseVector[]>;
}

export interface Posting {
  articles: number[];
  weights: number[];
}
