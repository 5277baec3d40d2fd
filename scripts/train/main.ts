// `npm run train [-- DATA_DIR]`: learns the entity tagger's weights from CoNLL-2003 train (in
// ../shared/dev/conll2003 by default), reports its figures on dev, and writes the model file the
// extractor loads. The data itself never enters the repository: only weights and word lists do.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../../src/analysis/entities/tagger/decode';
import { decodeModel, encodeModel, lexiconOf, type ModelFile } from '../../src/analysis/entities/tagger/model';
import { harmonise } from '../../src/analysis/entities/tagger/document';
import { tagText } from '../../src/analysis/entities/tagger/tag';
import { trainWeights } from '../../src/analysis/entities/tagger/train';
import { insideWords, lowercaseWords, readGold } from './data';
import { buildGazetteer } from './gazetteer';
import { scoreMentions, type Predicted } from './score';

const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const epochs = Number(flag('--epochs') ?? 10);
const prune = Number(flag('--prune') ?? 0.05);
const out = flag('--out') ?? root('src/analysis/entities/tagger/model.json');
// `--eval MODEL` scores a model file on dev without training.
const evalOnly = flag('--eval');
const dataDir = args[0] ?? root('../shared/dev/conll2003');

const started = performance.now();
const train = readGold(join(dataDir, 'train.gold.json'));
const dev = readGold(join(dataDir, 'dev.gold.json'));
const lists = { lowercase: lowercaseWords(train), inside: insideWords(train), gazetteer: buildGazetteer() };
const lexicon = lexiconOf(lists);
process.stderr.write(`train: ${train.length} articles; ${lists.lowercase.length} lower-case words; gazetteer ` +
  Object.entries(lists.gazetteer).map(([k, v]) => `${k} ${v.length}`).join(', ') + '\n');

const weights = evalOnly
  ? decodeModel(JSON.parse(readFileSync(evalOnly, 'utf8')) as ModelFile).weights
  : trainWeights(train, lexicon, {
    epochs,
    prune,
    onEpoch: (e, errors, tokens) => process.stderr.write(`epoch ${e}: ${errors} of ${tokens} tokens mistagged\n`),
  });
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const tagger = { weights, lexicon };
const alone = new Map<string, Predicted[]>();
const withDocument = new Map<string, Predicted[]>();
const named = <T extends { type: string }>(spans: T[]): (T & Predicted)[] => spans.filter((s): s is T & Predicted => s.type !== 'MISC');
for (const d of dev) {
  const spans = tagText(d.text, tagger);
  alone.set(d.id, named(spans));
  withDocument.set(d.id, named(harmonise(d.text, spans)));
}
process.stderr.write(`dev (${dev.length} articles), tagger alone:\n${scoreMentions(dev, alone)}\n`);
process.stderr.write(`with document-level evidence:\n${scoreMentions(dev, withDocument)}\n`);

if (evalOnly) process.exit(0);
const about = `Averaged perceptron over BILOU tags, trained by scripts/train on CoNLL-2003 train (${train.length} articles), ${epochs} epochs, weights under ${prune} dropped.`;
const model = encodeModel(about, TAGS, weights, lists);
const tmp = `${out}.tmp`;
writeFileSync(tmp, JSON.stringify(model));
renameSync(tmp, out);
process.stderr.write(`wrote ${out}: ${Object.keys(weights).length} features; trained in ${seconds} s\n`);
