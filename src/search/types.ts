// The shapes search hands to the CLI and the UI.
import type { Entity } from '../analysis/types';
import type { Article, Span } from '../corpus/types';
import type { ArticleAnalysis } from './fields';
import type { Postings } from './postings';

export type HitKind = 'text' | 'headline' | 'quote' | 'faq' | 'entity';

/** One passage of an article that matched: where it stands and what in it matched. */
export interface Snippet {
  kind: HitKind;
  /** The passage as it stands in the article (an entity snippet: the mention). */
  text: string;
  /** Its span in the article's text; -1/-1 for a stated headline the text does not contain. */
  start: number;
  end: number;
  /** Matched ranges as offsets into the article's text (none when start is -1). */
  highlights: Span[];
  /** The same ranges as offsets into `text`. */
  textHighlights: Span[];
  /** Quotes: the speaker as the article names them. */
  speaker?: string;
  /** Entity snippets: the entity's id. */
  entity?: string;
}

/** One article that matched, in rank order; a higher score ranks first. */
export interface ArticleResult {
  /** Index into `SearchIndex.articles`. */
  index: number;
  article: string;
  headline: string;
  score: number;
  /** False for a near match (`near` option): it lacks one of the query's words. */
  complete: boolean;
}

export interface SearchResults {
  query: string;
  /** Every article that matches: the exact count. */
  total: number;
  /** With the `near` option: articles lacking exactly one word, ranked among the `total` matches (complete: false). */
  near: number;
  /** Articles ranked [from, to) of total + near: ranking further down is done when asked for. */
  slice(from: number, to: number): ArticleResult[];
  /** The article's passages that matched, best first (at most `max`). */
  snippets(index: number, max?: number): Snippet[];
  /** The query asks for quotes, entities or speakers, and the index has no analysis. */
  needsAnalysis: boolean;
  /** Parts of the query that were ignored, and why. */
  warnings: string[];
}

export interface TextIndex {
  /** [headline, lead, body] per article, with each article's words in order. */
  postings: Postings;
  norms: Float32Array;
}

export interface AnalysisIndex {
  /** [names, quotes] per article. */
  postings: Postings;
  norms: Float32Array;
  perArticle: ArticleAnalysis[];
  entities: ReadonlyMap<string, Entity>;
}

export interface SearchIndex {
  articles: readonly Article[];
  text: TextIndex;
  /** Null until the corpus analysis is there: quotes, speakers and entity names. */
  analysis: AnalysisIndex | null;
}

export interface SearchOptions {
  /** The query is being typed: its last word may be unfinished (a typo of a word's start counts). */
  typing?: boolean;
  /** Rank among the matches the articles that lack only one of the words (of a query of two or more), at a share of their score. */
  near?: boolean;
}

/** A unit of text for the candidate stage (candidates.ts), which the Quotes view's filter uses. */
export interface SearchDocument {
  /** Position in the list indexed, also the candidate index's id. */
  id: number;
  kind: HitKind;
  article: number;
  start: number;
  end: number;
  text: string;
}
