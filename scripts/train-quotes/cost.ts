// `node scripts/run-ts.mjs scripts/train-quotes/cost.ts CORPUS [ROUNDS]`: CPU time of quote extraction
// alone per article (entities computed once beforehand), the median of ROUNDS passes over the corpus.
import { cpuUsage } from 'node:process';
import { analyseCorpus } from '../../src/analysis';
import { extractQuotes } from '../../src/analysis/quotes';
import { loadCorpus } from '../../src/corpus';

const [path, roundsArg] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: cost.ts CORPUS [ROUNDS]\n');
  process.exit(2);
}
const articles = loadCorpus([path]).articles;
const { entities } = await analyseCorpus(articles);
const rounds = Number(roundsArg ?? 5);
const perArticle: number[] = [];
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  const before = cpuUsage();
  quotes = 0;
  for (const a of articles) quotes += extractQuotes(a, entities).length;
  const used = cpuUsage(before);
  perArticle.push((used.user + used.system) / 1000 / articles.length);
}
perArticle.sort((a, b) => a - b);
process.stdout.write(`${articles.length} articles, ${quotes} quotes; CPU ms per article over ${rounds} rounds: ` +
  `median ${perArticle[rounds >> 1].toFixed(3)}, min ${perArticle[0].toFixed(3)}, max ${perArticle[rounds - 1].toFixed(3)}\n`);
