// The shapes of everything rknews reads back from disk, in one place. A file is data from
// outside: another version of rknews, another program or a damaged disk may have written it,
// so nothing is trusted until it has passed these checks.
import * as v from 'valibot';
import type { ArticleEntities } from '../analysis/entities/types';
import type { ArticleQuotes } from '../analysis/quotes/reuse';
import type { Span } from '../corpus/types';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const epochMs = v.pipe(v.number(), v.finite());

/** Where the user left off in one corpus. */
export const SavedPositionSchema = v.object({
  /** articleKey of the article open in the reader, or null when none was open. */
  article: v.nullable(v.string()),
  /** articleKey of the article under the list cursor. */
  cursor: v.nullable(v.string()),
  /** Text offset of the first line shown in the reader: survives a change of width. */
  offset: count,
  /** The first line shown and the text width it was wrapped at: exact when the width is the same. */
  line: count,
  width: count,
  focus: v.picklist(['list', 'reader']),
  /** Epoch milliseconds; the oldest positions are dropped first. */
  updated: epochMs,
});

const positions = v.pipe(
  v.record(v.string(), SavedPositionSchema),
  v.transform((record) => new Map(Object.entries(record))),
);

const plainObject = (what: string) =>
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), `${what} must be an object`);

export const isMarkTime = (at: unknown): at is number => typeof at === 'number' && Number.isSafeInteger(at) && at >= 0;

/**
 * Version 1 kept each read mark as a property: slow to parse with millions of marks. Still read,
 * and packed as version 2 by the next save. Its marks, like version 2's, are checked when taken
 * (readMarks.ts, readingState.ts): a damaged one is skipped, never taken for a mark. Checking
 * millions of them up front would delay the first frame by seconds, and one bad mark is no reason
 * to set the others aside.
 */
const ReadingStateFileV1Schema = v.object({ version: v.literal(1), read: plainObject('read'), positions });

/** Version 2 packs the read marks into one string, `key:time …` (see readMarks.ts). */
const ReadingStateFileV2Schema = v.object({ version: v.literal(2), read: v.string(), positions });

/** Either version; `positions` read into a map of corpus key → position. */
export const ReadingStateFileSchema = v.variant('version', [ReadingStateFileV1Schema, ReadingStateFileV2Schema]);
export type ReadingStateFile = v.InferOutput<typeof ReadingStateFileSchema>;

export const SearchHistoryFileSchema = v.object({
  version: v.literal(1),
  queries: v.array(v.string()),
});
export type SearchHistoryFile = v.InferOutput<typeof SearchHistoryFileSchema>;

/**
 * A per-article cache shard's outer shape only (entities, quotes: shardedCache.ts). Its entries are
 * checked one by one when used (against the article's text, which only then is known), so a bad
 * entry costs its recomputation, not the file.
 */
export const CacheShardSchema = (version: string) =>
  v.object({
    version: v.literal(version),
    entries: plainObject('entries'),
  });

/** The comparison cache: the corpus's sentence vocabulary and document frequencies, for one fingerprint (key). */
export const VocabularyFileSchema = (format: string) =>
  v.pipe(
    v.object({ format: v.literal(format), key: v.string(), docs: count, terms: v.array(v.string()), df: v.array(count) }),
    v.check((file) => file.terms.length === file.df.length, 'terms and df differ in length'),
    v.check((file) => file.df.every((df) => df <= file.docs), 'a document frequency exceeds the document count'),
    v.check((file) => new Set(file.terms).size === file.terms.length, 'a term is listed twice'),
  );

const SpanSchema = v.object({ start: count, end: count });
const evidence = v.pipe(v.number(), v.finite());

// Typed against ArticleEntities, so a field added to the analysis without a check here fails to compile.
export const ArticleEntitiesSchema: v.GenericSchema<unknown, ArticleEntities> = v.object({
  entities: v.array(
    v.object({
      name: v.string(),
      type: v.picklist(['person', 'organization', 'place']),
      key: v.string(),
      aliases: v.array(v.string()),
      mentions: v.array(SpanSchema),
      known: v.boolean(),
      evidence: v.object({ person: evidence, organization: evidence, place: evidence }),
      labels: count,
      cues: v.object({ person: count, organization: count, place: count, work: count }),
    }),
  ),
});

const SpeakerSchema = v.object({ name: v.string(), entity: v.optional(v.string()) });

// Typed against ArticleQuotes (analysis/quotes/reuse.ts), as ArticleEntitiesSchema is.
export const ArticleQuotesSchema: v.GenericSchema<unknown, ArticleQuotes> = v.object({
  view: v.string(),
  links: v.array(v.tuple([count, v.string(), v.nullable(v.string())])),
  quotes: v.array(
    v.object({ s: count, e: count, t: v.optional(v.string()), who: v.nullable(SpeakerSchema), cue: v.optional(v.tuple([count, count])) }),
  ),
});

/** A span that points into a text of this length: 0 ≤ start ≤ end ≤ length. */
export function spanFits(span: Span, length: number): boolean {
  return span.start <= span.end && span.end <= length;
}

/** One line saying what is wrong with a value, for a warning. */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

// The corpus-level analysis cache (corpusCache.ts): JSON Lines, a header then one item a line,
// each checked a slice at a time (a UI keeps running), their offsets against the corpus.
export const CorpusFileHeaderSchema = v.object({ format: v.string(), key: v.string(), product: v.string(), count });

export const CorpusEntitySchema = v.object({
  id: v.string(),
  name: v.string(),
  type: v.picklist(['person', 'organization', 'place']),
  aliases: v.array(v.string()),
  /** Flat triples: article index, start, end. */
  mentions: v.array(count),
});

export const CorpusQuoteSchema = v.object({
  id: v.string(),
  /** Article index, span start and end. */
  a: count,
  s: count,
  e: count,
  /** The quote's text, only where it is not the span's text. */
  t: v.optional(v.string()),
  who: v.nullable(SpeakerSchema),
  cue: v.optional(v.tuple([count, count])),
});

export const CorpusStorySchema = v.object({
  id: v.string(),
  title: v.string(),
  articles: v.array(v.string()),
  members: v.array(
    v.object({
      id: v.string(),
      duplicates: v.array(v.object({ id: v.string(), kind: v.picklist(['identical', 'near']), similarity: v.pipe(v.number(), v.finite()) })),
    }),
  ),
});
