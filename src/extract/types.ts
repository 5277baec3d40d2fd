// What extraction makes of a web page or a feed item: text and metadata, each field with the
// place it was read from, so nothing stored is a guess without saying so.

/** A metadata value and where in the page or feed it was stated ('JSON-LD headline', 'og:site_name', ...). */
export interface Sourced {
  value: string;
  from: string;
}

export interface ArticleMeta {
  headline?: Sourced;
  outlet?: Sourced;
  /** ISO 8601 day. */
  date?: Sourced;
  author?: Sourced;
  url?: Sourced;
}

export interface Extracted {
  meta: ArticleMeta;
  /** Sanitised paragraphs of the main text, in order. */
  paragraphs: string[];
}

export class ExtractError extends Error {}
