// Runs corpus analysis for a CLI command, with the on-disk caches. RKNEWS_DEBUG=1 adds a line on
// stderr saying what was analysed and what came from the caches (tests and benchmarks read it).
import type { Analysis } from '../analysis/types';
import type { Corpus } from '../corpus/types';
import { analyseWithCache } from '../store/cachedAnalysis';
import { openEntityCache } from '../store/entityCache';
import type { Output } from './output';

/**
 * `only: 'entities'` when the command prints no quotes: they are then neither found nor read.
 * `corpusLevel: false` for a few articles out of a corpus: their merged results are not worth keeping.
 */
export async function analyseForCli(corpus: Corpus, io: Output, only?: 'entities', corpusLevel = true): Promise<Analysis> {
  const { analysis, warnings, stats } = await analyseWithCache(corpus.articles, undefined, openEntityCache, undefined, { only, ...(corpusLevel ? {} : { openCorpus: null }) });
  for (const w of warnings) io.err(`rknews: warning: ${w}\n`);
  for (const l of analysis.limited ?? []) {
    io.err(`rknews: note: ${l.article}: analysed the first ${l.analysedChars} characters only (${l.reason})\n`);
  }
  if (process.env.RKNEWS_DEBUG === '1') {
    const hits = stats.corpusHits.length > 0 ? stats.corpusHits.join(' and ') : 'nothing';
    io.err(`rknews: debug: analysed ${stats.analysed} articles, ${stats.fromCache} from the entity cache, ${hits} from the corpus cache, ${stats.workers} workers, quotes found in ${stats.quotesFound}, ${stats.quotesFromCache} from the quote cache, ${stats.quotesWithoutMarks} without quotation marks\n`);
  }
  return analysis;
}
