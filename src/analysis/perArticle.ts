// The per-article part of the analysis, a block at a time (see blocks.ts): the same code runs in
// the main thread's time slices and in the worker threads (pool/). Each function is a generator
// that yields after every block, so a caller can pause between blocks; `complete` (slices.ts) runs one through.
import type { Article, Span } from '../corpus/types';
import { firstNotBefore } from './bisect';
import { analysisPlan, blockArticle, shiftSpan } from './blocks';
import { extractArticleEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import { extractQuotes } from './quotes';
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

/** Quotes of one article given the corpus's merged entities; ids number its quotes in reading order. */
export function* articleQuoteSteps(article: Article, entities: Entity[]): Generator<void, Quote[]> {
  const { blocks } = analysisPlan(article);
  if (blocks.length === 1 && blocks[0].end === article.text.length) return extractQuotes(article, entities);
  const own = entitiesByArticle(entities).get(article.id) ?? [];
  const mentions = mentionsIn(own, article.id);
  const out: Quote[] = [];
  for (const block of blocks) {
    for (const q of extractQuotes(blockArticle(article, block), entitiesInBlock(own, mentions, article.id, block))) {
      out.push({ ...q, id: `${article.id}:q${out.length + 1}`, span: shiftSpan(q.span, block.start), ...(q.cue ? { cue: shiftSpan(q.cue, block.start) } : {}) });
    }
    yield;
  }
  return out;
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
