// `npm run eval`: entity and quote extraction on the seeds, scored against the hand-checked gold; the
// entities on CoNLL-2003 dev; and a check of the most mentioned entities of the bbc and Reuters corpora
// (each part runs when ../shared holds its data).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../../src/analysis';
import { loadCorpus } from '../../src/corpus';
import { entitiesByFile, evaluateEntities, formatEntityEval, loadGold } from './entities';
import { conllDevFigures } from './conll';
import { corpusCheck } from './corpusCheck';
import { evaluateQuotes, formatQuoteEval, type GoldArticle } from './quotes';

const root = (rel: string) => fileURLToPath(new URL(`../${rel}`, import.meta.url));
const goldPath = process.argv[2] ?? root('../shared/gold/seeds.json');

if (!existsSync(goldPath)) {
  process.stderr.write(`eval: no gold file at ${goldPath} (pass its path as the argument)\n`);
  process.exit(1);
}

const corpus = loadCorpus([root('seeds')]);
const analysis = await analyseCorpus(corpus.articles);
const gold = loadGold(goldPath);

process.stdout.write(formatEntityEval(evaluateEntities(gold, entitiesByFile(corpus.articles, analysis.entities))) + '\n\n');

const articleFor = (file: string) => corpus.articles.find((a) => file.startsWith(a.id));
const quotesFor = (file: string) => analysis.quotes.filter((q) => q.article === articleFor(file)?.id);
process.stdout.write(formatQuoteEval(evaluateQuotes(gold as unknown as GoldArticle[], quotesFor)) + '\n');

const conllDir = root('../shared/dev/conll2003');
if (existsSync(conllDir)) process.stdout.write('\n' + conllDevFigures(conllDir) + '\n');
for (const rel of ['../shared/corpora/bbc', '../shared/corpora/reuters-21578.jsonl']) {
  if (existsSync(root(rel))) process.stdout.write('\n' + corpusCheck(root(rel)) + '\n');
}
