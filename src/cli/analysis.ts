// Runs corpus analysis for a CLI command, with the on-disk entity cache.
import type { Analysis } from '../analysis/types';
import type { Corpus } from '../corpus/types';
import { analyseWithCache } from '../store/cachedAnalysis';
import type { Output } from './output';

export async function analyseForCli(corpus: Corpus, io: Output): Promise<Analysis> {
  const { analysis, warnings } = await analyseWithCache(corpus.articles);
  for (const w of warnings) io.err(`rknews: warning: ${w}\n`);
  for (const l of analysis.limited ?? []) {
    io.err(`rknews: note: ${l.article}: analysed the first ${l.analysedChars} characters only (${l.reason})\n`);
  }
  return analysis;
}
