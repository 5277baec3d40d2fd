// The real analysis for the TUI: the whole corpus, with the on-disk entity cache, saved after.
// It does what analyseCorpus does, in time slices: analyseCorpus yields to the event loop only
// while extracting entities, and finding the quotes of a large corpus (about 10 s for the
// 2,213 BBC articles) would otherwise freeze the screen in one piece.
import { extractArticleEntities, mergeEntities } from '../../../analysis/entities';
import type { ArticleEntities } from '../../../analysis/entities/types';
import { extractQuotes } from '../../../analysis/quotes';
import type { Analysis, Quote } from '../../../analysis/types';
import { textHash } from '../../../corpus/hash';
import type { Article } from '../../../corpus/types';
import type { DiskEntityCache } from '../../../store/entityCache';
import { openEntityCache } from '../../../store/entityCache';

export interface AnalysisOutcome {
  analysis: Analysis;
  /** For the status line: a corrupt cache set aside, a cache that could not be written. */
  warnings: string[];
}

export type AnalysisStage = 'entities' | 'quotes';
export type ProgressReport = (done: number, total: number, stage: AnalysisStage) => void;
export type AnalysisRunner = (onProgress: ProgressReport) => Promise<AnalysisOutcome>;

/** Work between two yields: short enough that a key press is answered without a noticeable wait. */
const SLICE_MS = 30;
/** Progress is reported at most this often (each report redraws the title bar). */
const REPORT_MS = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` on each item, yielding to the event loop every SLICE_MS and reporting progress. */
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

export function cachedAnalysis(articles: readonly Article[], openCache: () => DiskEntityCache = openEntityCache): AnalysisRunner {
  return async (onProgress) => {
    const cache = openCache();
    const perArticle: { article: string; result: ArticleEntities }[] = [];
    await inSlices(
      articles,
      (article) => {
        const hash = textHash(article.text);
        let result = cache.get(hash);
        if (!result) {
          result = extractArticleEntities(article);
          cache.set(hash, result);
        }
        perArticle.push({ article: article.id, result });
      },
      (done) => onProgress(done, articles.length, 'entities'),
    );
    const entities = mergeEntities(perArticle);
    const quotes: Quote[] = [];
    await inSlices(articles, (article) => quotes.push(...extractQuotes(article, entities)), (done) => onProgress(done, articles.length, 'quotes'));
    const saveError = cache.save();
    return { analysis: { entities, quotes }, warnings: [cache.warning, saveError].filter((w): w is string => w !== null) };
  };
}
