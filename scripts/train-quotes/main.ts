// `npm run train:quotes [-- DATA_DIR]`: learns which quotation candidates are someone's words from
// PolNeAR train (../shared/dev/polnear by default), picks the decision threshold on train by 5-fold
// cross-validation, reports train and dev figures, and writes src/analysis/quotes/speechModel.json.
// The data never enters the repository: only the weights do.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../../src/analysis';
import { quoteCandidates } from '../../src/analysis/quotes';
import type { Entity } from '../../src/analysis/types';
import { loadCorpus } from '../../src/corpus';
import { matchGold, readGold } from './gold';
import { score, trainLogistic, type Example, type Logistic } from './logistic';

const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const target = Number(flag('--precision') ?? 0.968);
const out = flag('--out') ?? root('src/analysis/quotes/speechModel.json');
// `--entities DIR` keeps each split's entities there between runs (when tuning features, not the tagger).
const entityCache = flag('--entities');
// `--dump FILE` writes every candidate (features, label, context) as JSON lines, for error analysis.
const dump = flag('--dump');
const options = {
  minCount: Number(flag('--min-count') ?? 3), l2: Number(flag('--l2') ?? 0.0005), rounds: Number(flag('--rounds') ?? 3000), rate: 2,
};
const dataDir = args[0] ?? root('../shared/dev/polnear');

interface Split { examples: (Example & { article: number; id: string; text: string; words: number; context: string; speaker: string | null })[]; gold: number }

async function readSplit(name: string): Promise<Split> {
  const gold = new Map(readGold(join(dataDir, `${name}.gold.json`)).map((g) => [g.id, g]));
  const articles = loadCorpus([join(dataDir, name)]).articles;
  const cached = entityCache ? join(entityCache, `${name}.entities.json`) : undefined;
  const entities = cached && existsSync(cached)
    ? (JSON.parse(readFileSync(cached, 'utf8')) as Entity[])
    : (await analyseCorpus(articles)).entities;
  if (cached && !existsSync(cached)) writeFileSync(cached, JSON.stringify(entities));
  const split: Split = { examples: [], gold: [...gold.values()].reduce((n, g) => n + g.quotes.length, 0) };
  articles.forEach((a, k) => {
    const g = gold.get(basename(a.path, extname(a.path)));
    if (!g) return;
    const cands = quoteCandidates(a, entities);
    const match = matchGold(g.quotes, cands.map((c) => ({ text: c.quote.text, start: c.quote.span.start })));
    cands.forEach((c, j) => split.examples.push({
      features: c.features, label: match[j] >= 0, article: k, id: g.id, text: dump ? c.quote.text : '', words: c.quote.text.split(/\s+/u).length, speaker: c.quote.speaker?.name ?? null,
      context: dump ? `${a.text.slice(Math.max(0, c.quote.span.start - 150), c.quote.span.start)}[${c.quote.text}]${a.text.slice(c.quote.span.end, c.quote.span.end + 80)}` : '',
    }));
  });
  return split;
}

/** Recall and precision when the candidates scoring at least `threshold` are kept. */
function figures(split: Split, scores: number[], threshold: number): { recall: number; precision: number; kept: number } {
  let kept = 0;
  let right = 0;
  scores.forEach((s, i) => {
    if (s < threshold) return;
    kept++;
    if (split.examples[i].label) right++;
  });
  return { recall: right / split.gold, precision: right / Math.max(kept, 1), kept };
}

/** The lowest threshold whose precision on `scores` reaches the target. */
function pickThreshold(split: Split, scores: number[], precision = target): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  let kept = 0;
  let right = 0;
  let best = order[0]?.[0] ?? 0;
  for (const [s, i] of order) {
    kept++;
    if (split.examples[i].label) right++;
    if (right / kept >= precision) best = s;
  }
  return best;
}

const format = (f: { recall: number; precision: number; kept: number }) =>
  `recall ${f.recall.toFixed(3)} precision ${f.precision.toFixed(3)} (${f.kept} kept)`;

const started = performance.now();
const train = await readSplit('train');
const dev = await readSplit('dev');
process.stderr.write(`train: ${train.examples.length} candidates, ${train.gold} gold quotes; dev: ${dev.examples.length}, ${dev.gold}\n`);

// The rule the model replaces: a short quotation (1–3 words) only where the frame credits someone.
const rule = (s: Split) => s.examples.map((e) => (e.words > 3 || !e.features.includes('credit:cue:none') ? 1 : -1));
process.stderr.write(`rule: train ${format(figures(train, rule(train), 0))}; dev ${format(figures(dev, rule(dev), 0))}\n`);

const folds = 5;
const oof = new Array<number>(train.examples.length).fill(0);
for (let f = 0; f < folds; f++) {
  const m = trainLogistic(train.examples.filter((e) => e.article % folds !== f), options);
  train.examples.forEach((e, i) => { if (e.article % folds === f) oof[i] = score(m, e.features); });
}
if (dump) writeFileSync(dump, train.examples.map((e, i) => JSON.stringify({ ...e, score: oof[i] })).join('\n') + '\n');
const threshold = pickThreshold(train, oof);
const model: Logistic = trainLogistic(train.examples, options);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
process.stderr.write(`model: ${model.weights.size} features; threshold ${threshold.toFixed(3)} (precision ${target} on train, out of fold)\n`);
process.stderr.write(`train (out of fold): ${format(figures(train, oof, threshold))}\n`);
for (const p of [0.96, 0.965, 0.97, 0.975, 0.98]) {
  const t = pickThreshold(train, oof, p);
  process.stderr.write(`  for train precision ${p}: threshold ${t.toFixed(2)}, train ${format(figures(train, oof, t))}, dev ${format(figures(dev, dev.examples.map((e) => score(model, e.features)), t))}\n`);
}
process.stderr.write(`all candidates: train ${format(figures(train, oof, -Infinity))}, dev ${format(figures(dev, dev.examples.map(() => 0), -Infinity))}\n`);
process.stderr.write(`dev: ${format(figures(dev, dev.examples.map((e) => score(model, e.features)), threshold))}\n`);
process.stderr.write(`${seconds} s\n`);

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const weights = Object.fromEntries([...model.weights].filter(([, w]) => round(w) !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, round(w)]));
const about = `Logistic regression over quotation-candidate features, trained by scripts/train-quotes on PolNeAR train ` +
  `(${train.examples.length} candidates); threshold for out-of-fold precision ${target}.`;
const file = JSON.stringify({ about, bias: round(model.bias), threshold: round(threshold), weights }, null, 1) + '\n';
writeFileSync(`${out}.tmp`, file);
renameSync(`${out}.tmp`, out);
process.stderr.write(`wrote ${out}\n`);
