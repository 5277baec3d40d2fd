// Corpus analysis in this thread, in time slices (index.ts, when no worker pool is given). A module
// of its own, imported only when it runs: it brings in the analyser (tagger, models, quote rules),
// whose loading, a single step of about 0.1 s, would otherwise hold up a reader whose workers do
// the analysis, and whose code and data would stay in its memory.
import { textHash } from '../corpus/hash';
import type { Article } from '../corpus/types';
import { mergeEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import type { EntityCache, QuoteCache } from './index';
import { articleEntitySteps, articleQuoteSteps } from './perArticle';
import { hasQuotationMarks } from './quotes/marks';
import { inSlices } from './slices';
import type { Entity, Quote } from './types';

/** Entities of each article: from the cache, or extracted a block at a time. */
function* entitySteps(articles: readonly Article[], cache: EntityCache | undefined, out: { article: string; result: ArticleEntities }[]): Generator<number> {
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const hash = textHash(article.text);
    let result = cache?.get(hash, article.text);
    if (!result) {
      const steps = articleEntitySteps(article);
      let step = steps.next();
      for (; !step.done; step = steps.next()) yield i;
      result = step.value;
      cache?.set(hash, result);
    }
    out.push({ article: article.id, result });
    yield i + 1;
  }
}

function* quoteSteps(articles: readonly Article[], entities: Entity[], cache: QuoteCache | undefined, out: Quote[]): Generator<number> {
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    if (!hasQuotationMarks(article.text)) {
      yield i + 1;
      continue;
    }
    const hash = cache ? textHash(article.text) : '';
    const steps = articleQuoteSteps(article, entities, cache?.get(hash, article.text));
    let step = steps.next();
    for (; !step.done; step = steps.next()) yield i;
    if (step.value.fresh) cache?.set(hash, step.value.fresh);
    out.push(...step.value.quotes);
    yield i + 1;
  }
}

interface InThread {
  progress: (done: number) => void;
  signal?: AbortSignal;
}

export async function entitiesInThread(articles: readonly Article[], cache: EntityCache | undefined, { progress, signal }: InThread): Promise<Entity[]> {
  const perArticle: { article: string; result: ArticleEntities }[] = [];
  await inSlices(entitySteps(articles, cache, perArticle), articles.length, progress, signal);
  const entities = mergeEntities(perArticle);
  signal?.throwIfAborted();
  return entities;
}

export async function quotesInThread(articles: readonly Article[], entities: Entity[], cache: QuoteCache | undefined, { progress, signal }: InThread): Promise<Quote[]> {
  const quotes: Quote[] = [];
  await inSlices(quoteSteps(articles, entities, cache, quotes), articles.length, progress, signal);
  return quotes;
}
