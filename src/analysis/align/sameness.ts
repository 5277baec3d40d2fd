// Whether an aligned pair states the same fact ("same") or shares a core that one side changes
// ("overlap"): two logistic regressions over pairFeatures, their weights learnt by
// scripts/train-compare on MSRP train and shipped as data (sameModel.json). The gate tells a pair
// on one fact from two facts of one story; the second model, trained on MSRP's pairs only, tells
// a restatement from a pair where one side adds, drops or changes something.
import { FEATURE_NAMES } from './pairFeatures';
import shipped from './sameModel.json';

export interface Logistic {
  /** Standardisation: each feature becomes (x - mean) / scale before weighing. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface SameModel {
  /** FEATURE_NAMES at training time: a model for other features is refused, not misread. */
  features: string[];
  gate: Logistic;
  /** A pair is on one fact from this gate probability up. */
  gateThreshold: number;
  same: Logistic;
  /** "Same" from this probability up; chosen by cross-validation on the training split. */
  threshold: number;
  /** How the model was made, for the record. */
  trainedOn: string;
}

export function checkModel(model: SameModel): SameModel {
  const n = FEATURE_NAMES.length;
  const fits = (m: Logistic) => [m.mean, m.scale, m.weights].every((v) => v.length === n);
  if (!fits(model.gate) || !fits(model.same) || model.features.join() !== FEATURE_NAMES.join()) {
    throw new Error('the compare model was trained on other features: run `npm run train:compare`');
  }
  return model;
}

let shippedModel: SameModel | undefined;

/** The shipped model, checked on first use. */
export function sameModel(): SameModel {
  shippedModel ??= checkModel(shipped);
  return shippedModel;
}

export function probability(features: readonly number[], m: Logistic): number {
  let z = m.bias;
  for (let k = 0; k < features.length; k++) z += (m.weights[k] * (features[k] - m.mean[k])) / m.scale[k];
  return 1 / (1 + Math.exp(-z));
}

const NEGATION_DIFFERS = FEATURE_NAMES.indexOf('negationDiffers');

/**
 * The probability that the pair states the same fact; 0 when the gate finds two facts, and when
 * one side negates or denies what the other states: "X dismissed reports he told Y he would quit"
 * and "X promised Y he would stand down" are opposite framings a reader must see, however much
 * wording they share (MSRP's labels weigh such pairs too lightly for the model to learn it).
 */
export function sameness(features: readonly number[], model: SameModel = sameModel()): number {
  if (features[NEGATION_DIFFERS] === 1) return 0;
  return probability(features, model.gate) >= model.gateThreshold ? probability(features, model.same) : 0;
}

export function isSame(p: number, model: SameModel = sameModel()): boolean {
  return p >= model.threshold;
}
