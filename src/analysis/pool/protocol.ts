// The messages between the analysis pool (main thread) and its workers. Articles, per-article
// results and entities are plain data, copied by structured clone.
import type { Article } from '../../corpus/types';
import type { ArticleEntities } from '../entities/types';
import type { Entity } from '../types';

export interface PerArticleEntities {
  article: string;
  result: ArticleEntities;
}

export type ToWorker =
  /** Entities of each article: replies `done` with an ArticleEntities per article. */
  | { kind: 'entities'; id: number; articles: Article[] }
  /** Per-article results to merge, in corpus order, sent in slices before `merge`. */
  | { kind: 'mergeInput'; items: PerArticleEntities[] }
  /** Merges what `mergeInput` sent into the corpus's entities, kept for `quotes`: replies `done` with their count. */
  | { kind: 'merge'; id: number }
  /** The merged entities from index `from`, a chunk of them (entityChunkEnd): replies `done` with them. */
  | { kind: 'take'; id: number; from: number }
  /** The corpus's merged entities (read from a cache), sent in slices: kept for `quotes`. */
  | { kind: 'entitiesInput'; entities: Entity[]; first: boolean }
  /** Quotes of each article, with the entities kept: replies `done` with a Quote[] per article. */
  | { kind: 'quotes'; id: number; articles: Article[] };

export type FromWorker =
  | { kind: 'done'; id: number; results: unknown[] }
  | { kind: 'error'; id: number; message: string };

/**
 * Entities per `take` reply: receiving one is a bounded step for the main thread. They are asked
 * for one at a time: a worker sending them all at once would have them all received in one step
 * (Node delivers the messages waiting on a port together), which blocked the UI for 1.5 s on Reuters.
 */
export const ENTITY_CHUNK = 2_000;
/** And at most this many mentions per reply (one entity of Reuters has thousands): a chunk of 2,000 entities took 150–180 ms to receive. */
export const CHUNK_MENTIONS = 20_000;

/** Where the chunk of `entities` starting at `from` ends: ENTITY_CHUNK entities or CHUNK_MENTIONS mentions, at least one entity. */
export function entityChunkEnd(entities: readonly { mentions: readonly unknown[] }[], from: number): number {
  let end = from;
  let mentions = 0;
  while (end < entities.length && end - from < ENTITY_CHUNK && (end === from || mentions + entities[end].mentions.length <= CHUNK_MENTIONS)) {
    mentions += entities[end].mentions.length;
    end++;
  }
  return end;
}
