// Whole-corpus analysis: entities (per article, cacheable by text hash, then merged across the
// corpus) and quotes (which need the merged entities to name their speakers).
import { textHash } from '../corpus/hash';
import type { Article } from '../corpus/types';
import { extractArticleEntities, mergeEntities } from './entities';
import type { ArticleEntities } from './entities/types';
import { extractQuotes } from './quotes';
import type { Analysis, Quote } from './types';

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
}

/** Work between two yields to the event loop: short enough that a UI answers keys without a noticeable wait. */
const SLICE_MS = 30;
/** Progress is reported at most this often (each report may redraw a screen). */
const REPORT_MS = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` on each item in time slices, yielding between them and reporting progress. */
async function inSlices<T>(items: readonly T[], work: (item: T) => void, report: (done: number) => void): Promise<void> {
  let sliceStart = performance.now();
  let reported = -Infinity;
  for (let i = 0; i < items.length; i++) {
    work(items[i]);
    const now = performance.now();
    if (now - sliceStart < SLICE_MS && i + 1 < items.length) continue;
    if (now - reported >= REPORT_MS || i + 1 === items.length) {
      report(i + 1);
      reported = now;
    }
    await yieldToEventLoop();
    sliceStart = performance.now();
  }
}

export async function analyseCorpus(articles: readonly Article[], opts: AnalyseOptions = {}): Promise<Analysis> {
  const progress = (stage: AnalysisStage) => (done: number) => opts.onProgress?.(done, articles.length, stage);
  const perArticle: { article: string; result: ArticleEntities }[] = [];
  await inSlices(
    articles,
    (article) => {
      const hash = textHash(article.text);
      let result = opts.cache?.get(hash, article.text);
      if (!result) {
        result = extractArticleEntities(article);
        opts.cache?.set(hash, result);
      }
      perArticle.push({ article: article.id, result });
    },
    progress('entities'),
  );
  const entities = mergeEntities(perArticle);
  const quotes: Quote[] = [];
  await inSlices(articles, (article) => quotes.push(...extractQuotes(article, entities)), progress('quotes'));
  return { entities, quotes };
}
