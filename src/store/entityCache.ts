// The on-disk entity cache: one JSON file per analyser version, mapping text hash → result.
// Entries not used by a run are kept (another corpus may need them) up to a cap.
import { join } from 'node:path';
import * as v from 'valibot';
import type { EntityCache } from '../analysis';
import type { ArticleEntities } from '../analysis/entities/types';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { printable } from '../corpus/sanitize';
import { damagedCacheWarning, readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';
import { ArticleEntitiesSchema, EntityCacheFileSchema, spanFits } from './schemas';

/** Beyond this many articles the oldest entries are dropped, bounding the file's size. */
const MAX_ENTRIES = 200_000;

export interface DiskEntityCache extends EntityCache {
  /** Entries computed this run that are not on disk yet. */
  readonly added: number;
  /** Writes the cache if anything was added. Never throws: a cache is only an optimisation. */
  save(): string | null;
  /** A warning for the user when the file on disk was damaged and set aside, or held invalid entries. */
  readonly warning: string | null;
}

export function entityCacheFile(dir = storePaths().cache): string {
  return join(dir, `entities-${ANALYSIS_VERSION}.json`);
}

/** A cached result fit for this text: the right shape, and every mention inside the text. */
function validEntry(raw: unknown, text: string): ArticleEntities | undefined {
  const parsed = v.safeParse(ArticleEntitiesSchema, raw);
  if (!parsed.success) return undefined;
  const fits = parsed.output.entities.every((e) => e.mentions.every((m) => spanFits(m, text.length)));
  return fits ? parsed.output : undefined;
}

export function openEntityCache(file = entityCacheFile()): DiskEntityCache {
  const read = readJsonFile(file, EntityCacheFileSchema(ANALYSIS_VERSION));
  // Entries from disk stay unchecked until used; checked ones and new ones are known good.
  const entries = new Map<string, unknown>(read.status === 'ok' ? Object.entries(read.value.entries) : []);
  const checked = new Set<string>();
  const setAside = read.status === 'corrupt' ? damagedCacheWarning('analysis', read) : null;
  let invalid = 0;
  let added = 0;
  return {
    get(hash, text) {
      const raw = entries.get(hash);
      if (raw === undefined || checked.has(hash)) return raw as ArticleEntities | undefined;
      const entry = validEntry(raw, text);
      if (entry) {
        entries.set(hash, entry);
        checked.add(hash);
      } else {
        entries.delete(hash);
        invalid++;
      }
      return entry;
    },
    set(hash, value) {
      entries.set(hash, value);
      checked.add(hash);
      added++;
    },
    get added() {
      return added;
    },
    get warning() {
      if (setAside) return setAside;
      return invalid ? `${invalid} analysis cache entr${invalid === 1 ? 'y was' : 'ies were'} invalid and recomputed` : null;
    },
    save() {
      if (added === 0) return null;
      const kept = [...entries].slice(-MAX_ENTRIES);
      try {
        writeFileAtomic(file, JSON.stringify({ version: ANALYSIS_VERSION, entries: Object.fromEntries(kept) }));
        added = 0;
        return null;
      } catch (err) {
        return `could not write the analysis cache: ${printable((err as Error).message)}`;
      }
    },
  };
}
