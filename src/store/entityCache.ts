// The on-disk entity cache: each article's entities by text hash (shardedCache.ts), in a folder per
// analyser version.
import { join } from 'node:path';
import * as v from 'valibot';
import type { EntityCache } from '../analysis';
import type { ArticleEntities } from '../analysis/entities/types';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { storePaths } from './paths';
import { ArticleEntitiesSchema, spanFits } from './schemas';
import { openShardedCache, type ShardedCache } from './shardedCache';

export type { CacheStats } from './shardedCache';

export type DiskEntityCache = EntityCache & ShardedCache<ArticleEntities>;

export function entityCacheDir(dir = storePaths().cache): string {
  return join(dir, `entities-${ANALYSIS_VERSION}`);
}

/** A cached result fit for this text: the right shape, and every mention inside the text. */
function validEntry(raw: unknown, text: string): ArticleEntities | undefined {
  const parsed = v.safeParse(ArticleEntitiesSchema, raw);
  if (!parsed.success) return undefined;
  const fits = parsed.output.entities.every((e) => e.mentions.every((m) => spanFits(m, text.length)));
  return fits ? parsed.output : undefined;
}

export function openEntityCache(dir = entityCacheDir()): DiskEntityCache {
  return openShardedCache(dir, { what: 'analysis', valid: validEntry });
}
