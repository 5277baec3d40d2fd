// Picking the probability from which a pair is called "same".

export interface Scored {
  p: number;
  label: number;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export function confusionAt(scored: readonly Scored[], threshold: number): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { p, label } of scored) {
    if (p >= threshold) label ? tp++ : fp++;
    else label ? fn++ : tn++;
  }
  return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, accuracy: (tp + tn) / (scored.length || 1) };
}

/** "Same" is a claim a reader relies on, so precision weighs twice recall: the threshold with the best F0.5. */
export function chooseThreshold(scored: readonly Scored[], beta = 0.5): number {
  let best = { threshold: 0.5, f: -1 };
  for (const t of [...new Set(scored.map((s) => s.p))].sort((x, y) => x - y)) {
    const m = confusionAt(scored, t);
    const f = m.precision + m.recall ? ((1 + beta ** 2) * m.precision * m.recall) / (beta ** 2 * m.precision + m.recall) : 0;
    if (f > best.f) best = { threshold: t, f };
  }
  return best.threshold;
}

/** The best precision with at least `floor` recall, at any threshold: how good the ranking is. */
export function precisionAtRecall(scored: readonly Scored[], floor: number): Confusion {
  let best = confusionAt(scored, 0);
  for (const t of new Set(scored.map((s) => s.p))) {
    const m = confusionAt(scored, t);
    if (m.recall >= floor && m.precision > best.precision) best = m;
  }
  return best;
}
