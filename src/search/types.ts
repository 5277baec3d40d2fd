// The shapes search hands to the CLI and the UI.
import type { Article, Span } from '../corpus/types';
import type { CandidateIndex } from './candidates';

export type HitKind = 'text' | 'headline' | 'quote' | 'faq' | 'entity';

export interface SearchHit {
  article: string;
  kind: HitKind;
  /** The passage that matched, as it stands in the article. */
  text: string;
  start: number;
  end: number;
  /** Higher is better. */
  score: number;
  /** Matched ranges, as offsets into the article's text (none when start is -1). */
  highlights: Span[];
  /**
   * The same ranges as offsets into `text`: for showing the passage alone, and the only
   * highlights of a headline the article's text does not contain (start -1).
   */
  textHighlights?: Span[];
  speaker?: string;
  /** For entity hits: the entity's id. */
  entity?: string;
}

/**
 * One searchable unit. Passage kinds (text, faq, headline, quote) point into one article;
 * an entity document stands for the entity in every article that mentions it.
 */
export interface SearchDocument {
  /** Position in `SearchIndex.documents`, also the candidate index's id. */
  id: number;
  kind: HitKind;
  /** Index into `SearchIndex.articles`; -1 for entity documents. */
  article: number;
  /** The passage's span in the article's text; -1/-1 for a derived headline the text does not contain. */
  start: number;
  end: number;
  /** What is searched: the passage, or an entity's name and aliases. */
  text: string;
  /** Quotes: the speaker as the article names them. */
  speaker?: string;
  /** Quotes: every name the speaker goes by (speaker name, entity name, aliases), for `by:`. */
  speakerNames?: string[];
  /** Entities: the entity's id, and its mentions in each article that mentions it, in order. */
  entity?: string;
  mentions?: { article: number; spans: Span[] }[];
}

export interface SearchIndex {
  articles: readonly Article[];
  /** In reading order: article by article, then by offset; entity documents last. */
  documents: readonly SearchDocument[];
  /** The candidate stage's inverted index (see buildCandidateIndex in index.ts). */
  candidates: CandidateIndex;
}

export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
}
