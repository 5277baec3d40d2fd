// The shapes the corpus layer hands to analysis, search, the CLI and the UI.

/** Half-open character range [start, end) into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** How a metadata field was obtained: stated by the source, inferred from the text, or not known. */
export type Provenance = 'explicit' | 'derived' | 'unknown';

export interface Field<T> {
  value: T;
  from: Provenance;
}

/** Metadata a file states outright (front matter or record fields), before parsing. */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
  author?: string;
}

/** One article as read from disk: sanitised text plus whatever metadata the format states. */
export interface RawDoc {
  id: string;
  /** Where it came from: a file path, or `file#line` for JSON Lines, `file#index` for JSON arrays. */
  path: string;
  /** Sanitised text (no escape sequences, LF line ends, no BOM), front matter removed. */
  text: string;
  meta: StatedMeta;
}

/** A file or record that was not loaded (`skipped`) or was loaded with a caveat (`warning`). */
export interface LoadProblem {
  path: string;
  reason: string;
  severity: 'skipped' | 'warning';
}

export interface LoadOptions {
  /** Files larger than this many bytes are skipped. */
  maxFileBytes?: number;
}

export interface LoadResult {
  docs: RawDoc[];
  problems: LoadProblem[];
}

export interface FaqEntry {
  question: Span;
  answer: Span;
}

export interface Article {
  id: string;
  path: string;
  /** Sanitised full text; every Span points into it. */
  text: string;
  headline: Field<string>;
  outlet: Field<string | null>;
  /** ISO 8601 day (YYYY-MM-DD) when known. */
  date: Field<string | null>;
  url: string | null;
  author: string | null;
  /** A photo caption leading the text, kept apart from the body. */
  caption: Span | null;
  /** The stated title line, when the text has one. */
  titleLine: Span | null;
  /** The article body: the text without title line, metadata line, caption and closing source tag. */
  body: Span;
  paragraphs: Span[];
  sentences: Span[];
  faq: FaqEntry[];
  words: number;
}

/** How a run of text is shown: markup's meaning once its characters are hidden. */
export type RunStyle = 'strong' | 'emphasis' | 'link' | 'code';

export interface StyledSpan extends Span {
  style: RunStyle;
}

/**
 * A block of an article's body as a reader shows it, made of spans of the text (offsets, not copies:
 * marks such as search hits and mentions apply to it as they are). `paragraph`, `heading`, `item`
 * and `quote` have one span whose words are re-flowed (a line break in it is a space); `table` and
 * `code` have one span a row, each shown as written; `rule` has none.
 */
export interface DisplayBlock {
  role: 'paragraph' | 'heading' | 'item' | 'quote' | 'table' | 'code' | 'rule';
  spans: Span[];
  /** Markup inside the spans that is not shown (`**`, a link's URL, a quote's `>`): sorted, disjoint. */
  hidden: Span[];
  /** Runs shown with a style (bold, italic, a link's text, inline code); they may nest. */
  styles: StyledSpan[];
  /** Nesting in lists and quotes, 0 at the top. */
  depth: number;
  /** What an item shows before its text: "•" for a bullet, "3." for a numbered item. */
  marker?: string;
}

export interface Corpus {
  /** A short human name for what was opened (folder or file name). */
  name: string;
  articles: Article[];
  problems: LoadProblem[];
}
