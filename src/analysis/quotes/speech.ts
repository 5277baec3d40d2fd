// Whether a quotation candidate is someone's words (kept) or a scare quote, title or label
// (left out): a logistic model over candidateFeatures, learned from PolNeAR train by
// `npm run train:quotes` (scripts/train-quotes), which writes speechModel.json.
import model from './speechModel.json';

interface SpeechModel {
  about: string;
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const { bias, threshold } = model as SpeechModel;
const weights = new Map(Object.entries((model as SpeechModel).weights));

/** The model's score (log-odds that the candidate is quoted speech). */
export function speechScore(features: readonly string[]): number {
  let s = bias;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

export function isSpeech(features: readonly string[]): boolean {
  return speechScore(features) >= threshold;
}
