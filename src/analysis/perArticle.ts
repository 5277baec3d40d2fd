// The per-article part of the analysis, a block at a time (see blocks.ts): the same code runs in
// the main thread's time slices and in the worker threads (pool/). Each function is a generator
// that yields after every block, so a caller can pause between blocks; `complete` (slices.ts) runs one through.
import type { Article, Span } from '../corpus/types';
import { firstNotBefore } from './bisect';
import { analysisPlan, blockArticle, shiftSpan } from './blocks';
import { extractArticleEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import { extractQuotes } from './quotes';
import { linkAnswer, linkName, type LinkTrace } from './quotes/link';
import { addView, restoreQuotes, storeQuotes, viewHash, type ArticleQuotes } from './quotes/reuse';
import { entityView } from './quotes/speaker';
import type { Entity, Mention, Quote } from './types';

/** The article's entities, its blocks analysed apart and their mentions shifted back into the article. */
export function* articleEntitySteps(article: Article): Generator<void, ArticleEntities> {
  const entities: ArticleEntities['entities'] = [];
  for (const block of analysisPlan(article).blocks) {
    for (const e of extractArticleEntities(blockArticle(article, block)).entities) {
      entities.push(block.start === 0 ? e : { ...e, mentions: e.mentions.map((m) => shiftSpan(m, block.start)) });
    }
    yield;
  }
  return { entities };
}

/** A block of an article as quote finding is given it: the block as an article, and the entities it is given. */
interface QuoteInput {
  block: Article;
  shift: number;
  entities: Entity[];
}

/** The article's blocks with their entities: the article's own mentions shifted into each block. */
function quoteInputs(article: Article, entities: Entity[]): QuoteInput[] {
  const { blocks } = analysisPlan(article);
  if (blocks.length === 1 && blocks[0].end === article.text.length) return [{ block: article, shift: 0, entities }];
  const own = entitiesByArticle(entities).get(article.id) ?? [];
  const mentions = mentionsIn(own, article.id);
  return blocks.map((block) => ({ block: blockArticle(article, block), shift: block.start, entities: entitiesInBlock(own, mentions, article.id, block) }));
}

/** True when quote finding would read the same of the entities as when `kept` was found: same mentions, same link answers. */
function stillHolds(kept: ArticleQuotes, article: Article, inputs: QuoteInput[]): boolean {
  const hash = viewHash(article);
  for (const [k, { block, entities }] of inputs.entries()) {
    const view = entityView(block, entities);
    addView(hash, block, view);
    for (const [at, name, answer] of kept.links) {
      if (at === k && linkAnswer(linkName(name, block.id, entities, view.local)) !== answer) return false;
    }
  }
  return hash.digest('base64url') === kept.view;
}

export interface ArticleQuoteResult {
  quotes: Quote[];
  /** What to keep for a later run; null when `kept` still held and was used. */
  fresh: ArticleQuotes | null;
}

/**
 * Quotes of one article given the corpus's merged entities; ids number its quotes in reading order.
 * `kept` (from a cache) is used when the entities give quote finding the same as when it was made.
 */
export function* articleQuoteSteps(article: Article, entities: Entity[], kept?: ArticleQuotes): Generator<void, ArticleQuoteResult> {
  const inputs = quoteInputs(article, entities);
  if (kept && stillHolds(kept, article, inputs)) return { quotes: restoreQuotes(article, kept.quotes), fresh: null };
  const hash = viewHash(article);
  const links: ArticleQuotes['links'] = [];
  const out: Quote[] = [];
  for (const [k, { block, shift, entities: given }] of inputs.entries()) {
    const trace: LinkTrace = new Map();
    for (const q of extractQuotes(block, given, trace)) {
      out.push(shift === 0 ? q : { ...q, id: `${article.id}:q${out.length + 1}`, span: shiftSpan(q.span, shift), ...(q.cue ? { cue: shiftSpan(q.cue, shift) } : {}) });
    }
    addView(hash, block, entityView(block, given));
    for (const [name, answer] of trace) links.push([k, name, answer]);
    if (inputs.length > 1) yield;
  }
  return { quotes: out, fresh: { view: hash.digest('base64url'), links, quotes: storeQuotes(article.text, out) } };
}

// Built once per entity list, in one pass: only long (blocked) articles need it.
const byArticleOf = new WeakMap<Entity[], Map<string, Entity[]>>();

/** The entities each article mentions (a block's speakers are linked among its article's). */
function entitiesByArticle(entities: Entity[]): Map<string, Entity[]> {
  let out = byArticleOf.get(entities);
  if (out) return out;
  byArticleOf.set(entities, (out = new Map()));
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
