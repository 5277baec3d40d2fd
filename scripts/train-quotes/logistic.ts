// L2-regularised logistic regression over sparse string features, by full-batch gradient descent
// (a few thousand examples: exact and deterministic, seconds).
export interface Example { features: string[]; label: boolean }
export interface Logistic { bias: number; weights: Map<string, number> }

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(m: Logistic, features: readonly string[]): number {
  let s = m.bias;
  for (const f of features) s += m.weights.get(f) ?? 0;
  return s;
}

/** Features seen in at least `minCount` examples: rarer ones would be weights fitted to single cases. */
export function vocabulary(examples: Example[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
}

export function trainLogistic(examples: Example[], opts: { minCount: number; l2: number; rounds: number; rate: number }): Logistic {
  const vocab = vocabulary(examples, opts.minCount);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    f: Int32Array.from(new Set(e.features.flatMap((x) => (index.has(x) ? [index.get(x)!] : [])))),
    y: e.label ? 1 : 0,
  }));
  const w = new Float64Array(vocab.length);
  const grad = new Float64Array(vocab.length);
  let b = 0;
  const n = rows.length;
  for (let r = 0; r < opts.rounds; r++) {
    grad.fill(0);
    let gb = 0;
    for (const row of rows) {
      let z = b;
      for (const f of row.f) z += w[f];
      const d = sigmoid(z) - row.y;
      gb += d;
      for (const f of row.f) grad[f] += d;
    }
    b -= (opts.rate * gb) / n;
    for (let f = 0; f < w.length; f++) w[f] -= opts.rate * (grad[f] / n + opts.l2 * w[f]);
  }
  return { bias: b, weights: new Map(vocab.map((f, i) => [f, w[i]])) };
}
