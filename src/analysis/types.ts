// The shapes analysis hands to search, the CLI and the UI.
import type { Span } from '../corpus/types';

export type EntityType = 'person' | 'organization' | 'place';

export interface Mention {
  article: string;
  span: Span;
}

export interface Entity {
  /** Stable across runs for the same corpus: derived from type and canonical name. */
  id: string;
  name: string;
  type: EntityType;
  /**
   * Every other surface form merged into this entity, but a bare head word ("the Bank" after "the World
   * Bank"): that one names a different institution in each article, so it is a mention, not an alias.
   */
  aliases: string[];
  mentions: Mention[];
}

export interface Speaker {
  /** The name as the article gives it (or the canonical entity name when linked). */
  name: string;
  /** The id of the speaker's entity, when the speaker is one. */
  entity?: string;
}

export interface Quote {
  id: string;
  article: string;
  /** The characters inside the quotation marks. */
  span: Span;
  text: string;
  speaker: Speaker | null;
  /** The attribution cue ("said Putin", "according to the KCNA"), when one was found. */
  cue?: Span;
}

/** An article analysed only in part (see analysis/blocks.ts): how far, and why. */
export interface LimitedArticle {
  article: string;
  analysedChars: number;
  reason: string;
}

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  /** Articles too long to analyse whole; absent when there are none. */
  limited?: LimitedArticle[];
}
