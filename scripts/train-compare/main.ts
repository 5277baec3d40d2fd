// `npm run train:compare`: learns the "same" / "overlap" decision of `rknews compare` from MSRP
// train (../shared/dev/msrp) and writes its weights to src/analysis/align/sameModel.json.
// Thresholds are chosen on out-of-fold predictions on train; dev is only reported, never trained on.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../src/analysis/align/pairFeatures';
import { probability, sameness, type Logistic, type SameModel } from '../../src/analysis/align/sameness';
import { fitLogistic, standardisation } from './logistic';
import { loadPairs, type PairRows } from './pairs';
import { chooseThreshold, confusionAt, precisionAtRecall, type Scored } from './threshold';

const root = (rel: string) => fileURLToPath(new URL(`../${rel}`, import.meta.url));
const msrpDir = process.argv[2] ?? root('../shared/dev/msrp');
const modelPath = root('src/analysis/align/sameModel.json');
const FOLDS = 5;
/** The gate keeps this share of MSRP's pairs (all are on one fact, same or not), cross-validated. */
const GATE_KEEPS = 0.98;

function logistic(rows: number[][], labels: number[]): Logistic {
  const std = standardisation(rows);
  return { ...std, ...fitLogistic(rows, labels, std) };
}

/** MSRP pairs (label 1: one fact) against other-fact pairs (label 0). */
const gateOf = (msrp: number[][], otherFacts: number[][]) =>
  logistic([...msrp, ...otherFacts], [...msrp.map(() => 1), ...otherFacts.map(() => 0)]);

/** Out-of-fold probabilities of the MSRP pairs, from both models: each bundle is scored by models
 *  trained without it (and with every other-fact pair, which no MSRP pair's score depends on). */
function crossValidated(data: PairRows): { gate: number; same: number; label: number; row: number[] }[] {
  const names = [...new Set(data.bundles)].sort();
  const fold = new Map(names.map((name, k) => [name, k % FOLDS]));
  const out: { gate: number; same: number; label: number; row: number[] }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const held = data.bundles.map((b) => fold.get(b) === f);
    const rows = data.rows.filter((_, i) => !held[i]);
    const gate = gateOf(rows, data.otherFacts);
    const same = logistic(rows, data.labels.filter((_, i) => !held[i]));
    data.rows.forEach((row, i) => {
      if (held[i]) out.push({ gate: probability(row, gate), same: probability(row, same), label: data.labels[i], row });
    });
  }
  return out;
}

const format = (m: ReturnType<typeof confusionAt>) =>
  `precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} accuracy ${m.accuracy.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`;
const write = (s: string) => process.stdout.write(`${s}\n`);

const data = await loadPairs(msrpDir, 'train');
write(`train: ${data.rows.length} pairs (${data.skipped} left out: split differently), ${data.otherFacts.length} other-fact pairs of one story`);
const oof = crossValidated(data);
const oofRows = oof.map((s) => s.row);
const gateScores = oof.map((s) => s.gate).sort((x, y) => x - y);
const gateThreshold = gateScores[Math.floor((1 - GATE_KEEPS) * gateScores.length)];
const negation = FEATURE_NAMES.indexOf('negationDiffers');
// As sameness() decides: the gate, and no "same" across a negation.
const scored: Scored[] = oof.map((s, i) => ({ p: s.gate >= gateThreshold && oofRows[i][negation] !== 1 ? s.same : 0, label: s.label }));
for (const floor of [0.7, 0.75, 0.8]) {
  const m = precisionAtRecall(scored, floor);
  write(`  cross-validated precision at recall >= ${floor}: ${m.precision.toFixed(3)} (recall ${m.recall.toFixed(3)})`);
}
const threshold = chooseThreshold(scored);
write(`${FOLDS}-fold cross-validation on train, gate ${gateThreshold.toFixed(3)}, threshold ${threshold.toFixed(3)}: ${format(confusionAt(scored, threshold))}`);

const round = (x: number) => Number(x.toPrecision(6));
const rounded = (m: Logistic): Logistic => ({ mean: m.mean.map(round), scale: m.scale.map(round), weights: m.weights.map(round), bias: round(m.bias) });
const model: SameModel = {
  features: [...FEATURE_NAMES],
  gate: rounded(gateOf(data.rows, data.otherFacts)),
  gateThreshold: round(gateThreshold),
  same: rounded(logistic(data.rows, data.labels)),
  threshold: round(threshold),
  trainedOn: `MSRP train: ${data.rows.length} pairs, ${data.otherFacts.length} other-fact pairs; thresholds by ${FOLDS}-fold cross-validation`,
};
writeFileSync(modelPath, `${JSON.stringify(model, null, 2)}\n`);
write(`wrote ${modelPath}; weights (gate, same):`);
for (const [k, name] of FEATURE_NAMES.entries()) write(`  ${name.padEnd(18)} ${model.gate.weights[k].toFixed(3).padStart(7)} ${model.same.weights[k].toFixed(3).padStart(7)}`);

const dev = await loadPairs(msrpDir, 'dev');
const devScored = dev.rows.map((row, i) => ({ p: sameness(row, model), label: dev.labels[i] }));
write(`dev (reported only; ${dev.rows.length} pairs, gold pairs as if aligned): ${format(confusionAt(devScored, threshold))}`);
