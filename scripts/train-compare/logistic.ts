// L2-regularised logistic regression on standardised features, by full-batch gradient descent:
// a few thousand rows of about twenty features train in well under a second, so nothing fancier is needed.

export interface Standardised {
  mean: number[];
  scale: number[];
}

export function standardisation(rows: readonly number[][]): Standardised {
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
  const scale = mean.map((m, k) => Math.sqrt(rows.reduce((s, r) => s + (r[k] - m) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

export interface Fitted {
  weights: number[];
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** `weights` (one per row, default 1) let a row count less than a full example. */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  std: Standardised,
  rowWeights: readonly number[] = rows.map(() => 1),
  l2 = 1e-3,
  steps = 3000,
  rate = 0.5,
): Fitted {
  const d = std.mean.length;
  const xs = rows.map((r) => r.map((v, k) => (v - std.mean[k]) / std.scale[k]));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const total = rowWeights.reduce((s, w) => s + w, 0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    xs.forEach((x, i) => {
      let z = bias;
      for (let k = 0; k < d; k++) z += weights[k] * x[k];
      const err = (sigmoid(z) - labels[i]) * rowWeights[i];
      for (let k = 0; k < d; k++) grad[k] += err * x[k];
      gradBias += err;
    });
    for (let k = 0; k < d; k++) weights[k] -= rate * (grad[k] / total + l2 * weights[k]);
    bias -= (rate * gradBias) / total;
  }
  return { weights, bias };
}
