// The on-disk quote cache: each article's quotes by text hash (shardedCache.ts), with what finding
// them read of the corpus's entities (analysis/quotes/reuse.ts), in a folder per analyser version
// beside the entity cache.
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import type { QuoteCache } from '../analysis';
import type { ArticleQuotes } from '../analysis/quotes/reuse';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { ArticleQuotesSchema, spanFits } from './schemas';
import { openShardedCache, type ShardedCache } from './shardedCache';

export type DiskQuoteCache = QuoteCache & ShardedCache<ArticleQuotes>;

/** The quote cache beside an entity cache's folder: a test's or a benchmark's caches stay together. */
export function quoteCacheBeside(entityCacheDir: string): string {
  return join(dirname(entityCacheDir), `quotes-${ANALYSIS_VERSION}`);
}

/** A cached result fit for this text: the right shape, and every quote and cue inside the text. */
function validEntry(raw: unknown, text: string): ArticleQuotes | undefined {
  const parsed = v.safeParse(ArticleQuotesSchema, raw);
  if (!parsed.success) return undefined;
  const fits = (start: number, end: number) => spanFits({ start, end }, text.length);
  return parsed.output.quotes.every((q) => fits(q.s, q.e) && (!q.cue || fits(q.cue[0], q.cue[1]))) ? parsed.output : undefined;
}

export function openQuoteCache(dir: string): DiskQuoteCache {
  return openShardedCache(dir, { what: 'quote', valid: validEntry });
}
