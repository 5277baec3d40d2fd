// Averaged perceptron training of the tagger (Collins 2002) over annotated articles: pure, so the
// script that reads the data (scripts/train) only supplies documents and writes the result.
import { decodeLine, NTAGS, tagsOf, transitionFeature, type TagType } from './decode';
import { docContext, lineFeatures, nameable, tokenFeatures, type TaggerLexicon } from './features';
import { tagLines } from './tokens';

export interface TrainDoc {
  text: string;
  /** Gold mentions as character spans. */
  mentions: { start: number; end: number; type: TagType }[];
}

interface Prepared {
  feats: string[][];
  gold: number[];
  nameable: boolean[];
}

/** Each line's static features and gold tags; a mention may end before a full stop its token kept ("Corp."). */
function prepare(doc: TrainDoc, lex: TaggerLexicon): Prepared[] {
  const lines = tagLines(doc.text);
  const ctx = docContext(lines);
  return lines.map((line) => {
    const spans: { from: number; to: number; type: TagType }[] = [];
    for (const m of doc.mentions) {
      const from = line.tokens.findIndex((t) => t.start === m.start);
      const to = line.tokens.findIndex((t) => t.end === m.end || t.end === m.end + 1);
      if (from >= 0 && to >= from) spans.push({ from, to, type: m.type });
    }
    const features = lineFeatures(line, ctx, lex);
    const feats = features.words.map((_, i) => tokenFeatures(features, i, ctx));
    return { feats, gold: tagsOf(line.tokens.length, spans), nameable: nameable(line, lex) };
  });
}

export interface TrainOptions {
  epochs: number;
  /** Averaged weights smaller than this (in absolute value) are dropped. */
  prune: number;
  seed?: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** Trained weights: feature → [tag, weight, tag, weight, ...]. */
export type Weights = Record<string, number[]>;

export function trainWeights(docs: TrainDoc[], lex: TaggerLexicon, opts: TrainOptions): Weights {
  const lines = docs.flatMap((d) => prepare(d, lex));
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 0;
  const update = (f: string, tag: number, delta: number): void => {
    let wf = w.get(f);
    if (!wf) {
      wf = new Float64Array(NTAGS);
      w.set(f, wf);
      total.set(f, new Float64Array(NTAGS));
      stamp.set(f, new Float64Array(NTAGS));
    }
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    tf[tag] += (step - sf[tag]) * wf[tag];
    sf[tag] = step;
    wf[tag] += delta;
  };
  const score = (features: readonly string[], scores: Float64Array): void => {
    for (const f of features) {
      const wf = w.get(f);
      if (wf) for (let t = 0; t < NTAGS; t++) scores[t] += wf[t];
    }
  };
  let rand = opts.seed ?? 1;
  const random = (): number => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let errors = 0;
    let tokens = 0;
    for (const line of shuffled(lines, random)) {
      step++;
      tokens += line.gold.length;
      const guess = decodeLine(line.feats, score, line.nameable);
      // Structured perceptron: where the best sequence differs from the gold one, move each token's
      // features and each transition toward the gold tags.
      for (let i = 0; i < guess.length; i++) {
        const [g, p] = [line.gold[i], guess[i]];
        if (g !== p) {
          errors++;
          for (const f of line.feats[i]) {
            update(f, g, 1);
            update(f, p, -1);
          }
        }
        const [gp, pp] = i > 0 ? [line.gold[i - 1], guess[i - 1]] : [-1, -1];
        if (g !== p || gp !== pp) {
          update(transitionFeature(gp), g, 1);
          update(transitionFeature(pp), p, -1);
        }
      }
    }
    opts.onEpoch?.(epoch, errors, tokens);
  }
  const out: Weights = {};
  for (const [f, wf] of w) {
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const pairs: number[] = [];
    for (let t = 0; t < NTAGS; t++) {
      const avg = (tf[t] + (step - sf[t]) * wf[t]) / step;
      if (Math.abs(avg) >= opts.prune) pairs.push(t, Math.round(avg * 1000) / 1000);
    }
    if (pairs.length > 0) out[f] = pairs;
  }
  return out;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
