// The shapes search hands to the CLI and the UI.
import type { Span } from '../corpus/types';

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
  /** Matched ranges, as offsets into the article's text. */
  highlights: Span[];
  speaker?: string;
  /** For entity hits: the entity's id. */
  entity?: string;
}
