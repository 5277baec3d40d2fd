// Builds the search index: the text fields of every article (in time slices when a UI asks),
// and, once the corpus analysis is there, a small index of names and quotes beside it.
import { complete } from '../analysis/slices';
import type { Analysis } from '../analysis/types';
import type { Article } from '../corpus/types';
import { ANALYSIS_B, ANALYSIS_WEIGHTS, fieldNorms, TEXT_B, TEXT_WEIGHTS } from './bm25';
import { analysisFields, groupAnalysisSteps, textFieldWords } from './fields';
import { PostingsBuilder, type Postings } from './postings';
import type { AnalysisIndex, SearchIndex } from './types';
import { prepareVocabulary } from './vocabulary';

export interface IndexBuild {
  /** Indexes articles until `budgetMs` has passed; true once all are in. */
  step(budgetMs: number): boolean;
  /** Articles indexed so far. */
  readonly done: number;
  /** The index: what is left is done at once. */
  finish(): SearchIndex;
}

/** An index build that can be run a slice at a time, so a UI keeps answering keys. */
export function startIndexBuild(articles: readonly Article[]): IndexBuild {
  const builder = new PostingsBuilder(3, true);
  let done = 0;
  let finishing: Generator<void, Postings> | null = null;
  let index: SearchIndex | null = null;
  const complete = (postings: Postings): SearchIndex => {
    prepareVocabulary(postings.terms);
    return { articles, text: { postings, norms: fieldNorms(postings, TEXT_WEIGHTS, TEXT_B) }, analysis: null };
  };
  return {
    step(budgetMs) {
      const until = performance.now() + budgetMs;
      while (done < articles.length) {
        textFieldWords(articles[done++], builder);
        builder.endArticle();
        if ((done & 31) === 0 && performance.now() >= until) return false;
      }
      // Laying the postings out is sliced too: on Reuters it is a few hundred milliseconds.
      finishing ??= builder.finishing();
      while (!index) {
        const next = finishing.next();
        if (next.done) index = complete(next.value);
        else if (performance.now() >= until) return false;
      }
      return true;
    },
    get done() {
      return done;
    },
    finish() {
      while (!this.step(Infinity));
      return index!;
    },
  };
}

/** The analysis index a step at a time (an article a step): built at once, it held the reader for about half a second when Reuters' analysis ended. */
function* analysisIndexSteps(articles: readonly Article[], analysis: Analysis): Generator<void, AnalysisIndex> {
  const perArticle = yield* groupAnalysisSteps(articles, analysis);
  yield;
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const builder = new PostingsBuilder(2, false);
  for (let i = 0; i < articles.length; i++) {
    builder.add(analysisFields(articles[i], perArticle[i], entities));
    yield;
  }
  const postings = builder.finish();
  yield;
  return { postings, norms: fieldNorms(postings, ANALYSIS_WEIGHTS, ANALYSIS_B), perArticle, entities };
}

/** withAnalysis in steps, for a UI thread to run in time slices (runInSlices). */
export function* withAnalysisSteps(index: SearchIndex, analysis: Analysis): Generator<void, SearchIndex> {
  return { ...index, analysis: yield* analysisIndexSteps(index.articles, analysis) };
}

/** The same text index with the analysis's names and quotes added (the text part is shared, not rebuilt). */
export function withAnalysis(index: SearchIndex, analysis: Analysis): SearchIndex {
  return complete(withAnalysisSteps(index, analysis));
}

/**
 * Indexes every article's headline, lead and body and, when `analysis` is given, the names
 * it mentions and its quotes (with their speakers).
 */
export function buildSearchIndex(articles: readonly Article[], analysis?: Analysis): SearchIndex {
  const index = startIndexBuild(articles).finish();
  return analysis ? withAnalysis(index, analysis) : index;
}
