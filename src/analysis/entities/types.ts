// The per-article result of entity extraction: plain JSON, so it can be cached by content hash.
import type { Span } from '../../corpus/types';
import type { EntityType } from '../types';

export interface LocalEntity {
  /** Canonical name: the gazetteer name, else the fullest form the article uses. */
  name: string;
  type: EntityType;
  /** aliasKey of the canonical name; equal keys are the same entity across articles. */
  key: string;
  /** Other surface forms the article uses for it. */
  aliases: string[];
  /** Where the article names it; each span's text is exactly a surface form. */
  mentions: Span[];
  /** Its canonical name comes from the gazetteer. */
  known: boolean;
  /**
   * Evidence for each kind (titles, head words, context), summed over its mentions. An entity with
   * less than CONFIDENT for every kind is kept, so that the corpus-wide merge can join it to the same
   * name found with evidence elsewhere, but it is not reported on its own.
   */
  evidence: Record<EntityType, number>;
  /** How many of its mentions stand where a label or a sign-off does (see labels.ts). */
  labels: number;
  /** Mentions whose neighbouring words mark each kind (contextCues.ts): the corpus-wide merge weighs them. */
  cues: Record<EntityType | 'work', number>;
}

/** Evidence needed for a name to be reported as an entity: one clear cue. */
export const CONFIDENT = 1;

export interface ArticleEntities {
  entities: LocalEntity[];
}
