// Whole-corpus analysis: entities (per article, cacheable by text hash, then merged across the
// corpus) and quotes (which need the merged entities to name their speakers).
//
// It runs in short time slices, yielding to the event loop between them, so a UI keeps answering
// keys. The unit of work is an article, or one block of a long article (see blocks.ts), so no
// unit runs long. Blocks are analysed apart: a short name in one block ("Kim") joins a full name
// in another only through the corpus-wide merge, and a quote's pronoun ("he said") is resolved
// within its block.
import { textHash } from '../corpus/hash';
import type { Article, Span } from '../corpus/types';
import { firstNotBefore } from './bisect';
import { analysisPlan, blockArticle, shiftSpan } from './blocks';
import { extractArticleEntities, mergeEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import { extractQuotes } from './quotes';
import type { Analysis, Entity, LimitedArticle, Mention, Quote } from './types';

export { analysisPlan, type AnalysisLimit } from './blocks';

/** Where per-article entity results are kept between runs; keyed by the article's text hash. */
export interface EntityCache {
  /** The cached result for the text with this hash; the text lets the cache check the result's offsets. */
  get(hash: string, text: string): ArticleEntities | undefined;
  set(hash: string, value: ArticleEntities): void;
}

export type AnalysisStage = 'entities' | 'quotes';

export interface AnalyseOptions {
  cache?: EntityCache;
  /** Called now and then (at most every REPORT_MS) with the articles done in the current stage. */
  onProgress?: (done: number, total: number, stage: AnalysisStage) => void;
  /** Stops the analysis at the next yield (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Work between two yields to the event loop: short enough that a UI answers keys without a noticeable wait. */
const SLICE_MS = 20;
/** Progress is reported at most this often (each report may redraw a screen). */
const REPORT_MS = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `steps` (each step one bounded unit of work, yielding the articles done so far) in time
 * slices, yielding to the event loop between slices and reporting progress.
 */
async function inSlices(steps: Iterable<number>, total: number, report: (done: number) => void, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  let reported = -Infinity;
  let done = 0;
  for (done of steps) {
    const now = performance.now();
    if (now - sliceStart < SLICE_MS) continue;
    if (now - reported >= REPORT_MS) {
      report(done);
      reported = now;
    }
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
  if (total > 0) report(total);
}

/** Entities of each article: from the cache, or extracted a block at a time. */
function* entitySteps(articles: readonly Article[], cache: EntityCache | undefined, out: { article: string; result: ArticleEntities }[]): Generator<number> {
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const hash = textHash(article.text);
    let result = cache?.get(hash, article.text);
    if (!result) {
      const entities: ArticleEntities['entities'] = [];
      for (const block of analysisPlan(article).blocks) {
        for (const e of extractArticleEntities(blockArticle(article, block)).entities) {
          entities.push(block.start === 0 ? e : { ...e, mentions: e.mentions.map((m) => shiftSpan(m, block.start)) });
        }
        yield i;
      }
      result = { entities };
      cache?.set(hash, result);
    }
    out.push({ article: article.id, result });
    yield i + 1;
  }
}

/** Quotes of each article, a block at a time; ids number an article's quotes in reading order. */
function* quoteSteps(articles: readonly Article[], entities: Entity[], out: Quote[]): Generator<number> {
  let byArticle: Map<string, Entity[]> | undefined;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const { blocks } = analysisPlan(article);
    if (blocks.length === 1 && blocks[0].end === article.text.length) {
      out.push(...extractQuotes(article, entities));
    } else {
      byArticle ??= entitiesByArticle(entities);
      const own = byArticle.get(article.id) ?? [];
      const mentions = mentionsIn(own, article.id);
      let n = 0;
      for (const block of blocks) {
        for (const q of extractQuotes(blockArticle(article, block), entitiesInBlock(own, mentions, article.id, block))) {
          out.push({ ...q, id: `${article.id}:q${++n}`, span: shiftSpan(q.span, block.start), ...(q.cue ? { cue: shiftSpan(q.cue, block.start) } : {}) });
        }
        yield i;
      }
    }
    yield i + 1;
  }
}

/** The entities each article mentions (a block's speakers are linked among its article's); built once, in one pass. */
function entitiesByArticle(entities: Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const article of new Set(e.mentions.map((m) => m.article))) {
      const list = out.get(article);
      if (list) list.push(e);
      else out.set(article, [e]);
    }
  }
  return out;
}

interface PlacedMention {
  entity: Entity;
  span: Span;
}

/** The article's mentions of these entities, in text order. */
function mentionsIn(own: Entity[], article: string): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const entity of own) for (const m of entity.mentions) if (m.article === article) out.push({ entity, span: m.span });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The article's entities, each with only its mentions inside the block, shifted into the block's text. */
function entitiesInBlock(own: Entity[], mentions: PlacedMention[], article: string, block: Span): Entity[] {
  const inBlock = new Map<Entity, Mention[]>();
  for (let i = firstNotBefore(mentions.length, (k) => mentions[k].span.start < block.start); i < mentions.length && mentions[i].span.start < block.end; i++) {
    const { entity, span } = mentions[i];
    if (span.end > block.end) continue;
    const list = inBlock.get(entity) ?? [];
    if (list.length === 0) inBlock.set(entity, list);
    list.push({ article, span: shiftSpan(span, -block.start) });
  }
  return own.map((e) => ({ ...e, mentions: inBlock.get(e) ?? [] }));
}

export async function analyseCorpus(articles: readonly Article[], opts: AnalyseOptions = {}): Promise<Analysis> {
  const progress = (stage: AnalysisStage) => (done: number) => opts.onProgress?.(done, articles.length, stage);
  const perArticle: { article: string; result: ArticleEntities }[] = [];
  await inSlices(entitySteps(articles, opts.cache, perArticle), articles.length, progress('entities'), opts.signal);
  const entities = mergeEntities(perArticle);
  opts.signal?.throwIfAborted();
  const quotes: Quote[] = [];
  await inSlices(quoteSteps(articles, entities, quotes), articles.length, progress('quotes'), opts.signal);
  const limited: LimitedArticle[] = articles.flatMap((a) => {
    const limit = analysisPlan(a).limited;
    return limit ? [{ article: a.id, ...limit }] : [];
  });
  return { entities, quotes, ...(limited.length > 0 ? { limited } : {}) };
}
