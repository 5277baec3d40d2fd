// Runs corpus analysis for a CLI command, with the on-disk entity cache.
import { analyseCorpus } from '../analysis';
import type { Analysis } from '../analysis/types';
import type { Corpus } from '../corpus/types';
import { openEntityCache } from '../store/entityCache';
import type { Output } from './output';

export async function analyseForCli(corpus: Corpus, io: Output): Promise<Analysis> {
  const cache = openEntityCache();
  if (cache.warning) io.err(`rknews: warning: ${cache.warning}\n`);
  const analysis = await analyseCorpus(corpus.articles, { cache });
  const failure = cache.save();
  if (failure) io.err(`rknews: warning: ${failure}\n`);
  return analysis;
}
