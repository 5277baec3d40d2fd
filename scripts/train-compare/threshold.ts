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

/**
 * "Same" is a claim a reader relies on: the lowest threshold (so the most recall) whose precision
 * reaches `floor`, or null when none does.
 */
export function thresholdForPrecision(scored: readonly Scored[], floor: number): number | null {
  const ranked = [...scored].sort((x, y) => y.p - x.p);
  let tp = 0;
  let fp = 0;
  let best: number | null = null;
  for (let k = 0; k < ranked.length; k++) {
    ranked[k].label ? tp++ : fp++;
    // Ties share one threshold: decide only after the last pair with this probability.
    if (k + 1 < ranked.length && ranked[k + 1].p === ranked[k].p) continue;
    if (tp / (tp + fp) >= floor) best = ranked[k].p;
  }
  return best;
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
