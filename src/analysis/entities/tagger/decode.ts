// BILOU tags and Viterbi decoding, shared by training and tagging.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TYPES)[number];

/** O, then B, I, L, U for each type in TYPES order. */
export const TAGS: string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const NTAGS = TAGS.length;

const prefixOf = (tag: number): string => (tag === 0 ? 'O' : 'BILU'[(tag - 1) % 4]);
const typeOf = (tag: number): number => Math.floor((tag - 1) / 4);

/** Whether `tag` may follow `prev` (-1 at a line start), and may stand last when `last`. */
export function allowed(prev: number, tag: number, last: boolean): boolean {
  return ALLOWED[last ? 1 : 0][prev + 1][tag];
}

function allowedBy(prev: number, tag: number, last: boolean): boolean {
  const p = prev < 0 ? 'O' : prefixOf(prev);
  const c = prefixOf(tag);
  if (last && (c === 'B' || c === 'I')) return false;
  if (p === 'B' || p === 'I') return (c === 'I' || c === 'L') && typeOf(tag) === typeOf(prev);
  return c === 'O' || c === 'B' || c === 'U';
}

const ALLOWED: boolean[][][] = [false, true].map((last) =>
  Array.from({ length: NTAGS + 1 }, (_, p) => Array.from({ length: NTAGS }, (_, t) => allowedBy(p - 1, t, last))));

/** For each tag, the tags that may precede it inside a line (a third of all pairs): Viterbi looks at no others. */
const PREVIOUS: number[][] = Array.from({ length: NTAGS }, (_, t) => Array.from({ length: NTAGS }, (_, p) => p).filter((p) => allowedBy(p, t, false)));
/** PREVIOUS in one array: tag t's predecessors are PREVIOUS_FLAT[PREVIOUS_FROM[t] .. PREVIOUS_FROM[t + 1]). */
const PREVIOUS_FROM = Int32Array.from({ length: NTAGS + 1 }, (_, t) => PREVIOUS.slice(0, t).reduce((n, ps) => n + ps.length, 0));
const PREVIOUS_FLAT = Int32Array.from(PREVIOUS.flat());
/** Tags that may end a line: no name is left open. */
const FINAL: boolean[] = Array.from({ length: NTAGS }, (_, t) => prefixOf(t) !== 'B' && prefixOf(t) !== 'I');

/** Adds the weights of `features` into `scores`. */
export type Scorer = (features: readonly string[], scores: Float64Array) => void;

/** The feature whose weights score each tag after `prev` (-1 at a line start): the transition scores. */
export const transitionFeature = (prev: number): string => `t=${prev < 0 ? '<s>' : TAGS[prev]}`;

/** Transition scores: row p + 1 for the tag before (row 0 at a line start). */
export function transitionScores(score: Scorer): Float64Array[] {
  const trans: Float64Array[] = [];
  for (let p = -1; p < NTAGS; p++) {
    const row = new Float64Array(NTAGS);
    score([transitionFeature(p)], row);
    trans.push(row);
  }
  return trans;
}

/**
 * The best-scoring tag sequence of a line (Viterbi): each token's tag scored by its features (added
 * to `base`, scores computed beforehand), each pair of neighbouring tags by the transition weights,
 * and sequences BILOU forbids left out, as are names over tokens that `nameable` rules out.
 */
export function decodeLine(
  feats: readonly string[][], score: Scorer, nameable?: readonly boolean[], trans: Float64Array[] = transitionScores(score),
): number[] {
  const emit = new Float64Array(feats.length * NTAGS);
  feats.forEach((f, i) => score(f, emit.subarray(i * NTAGS, (i + 1) * NTAGS)));
  return decodeScores(emit, feats.length, trans, nameable);
}

// Viterbi's tables, kept between lines and grown as needed: allocating and filling fresh ones for
// every line was a third of decoding's time in a CPU profile.
let bestTable = new Float64Array(0);
let backTable = new Int8Array(0);

/** The first `size` cells of the tables, reset: every score unreached, every back pointer 0. */
function scratch(size: number): { best: Float64Array; back: Int8Array } {
  if (bestTable.length < size) {
    bestTable = new Float64Array(size * 2);
    backTable = new Int8Array(size * 2);
  }
  bestTable.fill(-Infinity, 0, size);
  backTable.fill(0, 0, size);
  return { best: bestTable, back: backTable };
}

/**
 * Viterbi over scores computed beforehand: `emit` holds each token's score for each tag (row i is
 * token i); only the pairs of tags BILOU allows are looked at.
 */
export function decodeScores(emit: Float64Array, n: number, trans: Float64Array[], nameable?: readonly boolean[]): number[] {
  if (n === 0) return [];
  const { best, back } = scratch(n * NTAGS);
  const flat = flatTransitions(trans);
  for (let i = 0; i < n; i++) {
    const row = i * NTAGS;
    const last = i === n - 1;
    // A word that never stands inside a name ("after", "makes") is outside every name.
    const outside = nameable !== undefined && !nameable[i];
    for (let t = 0; t < NTAGS; t++) {
      if (outside && t !== 0) continue;
      if (i === 0) {
        if (allowed(-1, t, last)) best[t] = emit[t] + trans[0][t];
        continue;
      }
      if (last && !FINAL[t]) continue;
      let top = -Infinity;
      let arg = 0;
      for (let k = PREVIOUS_FROM[t]; k < PREVIOUS_FROM[t + 1]; k++) {
        const p = PREVIOUS_FLAT[k];
        const v = best[row - NTAGS + p] + flat[(p + 1) * NTAGS + t];
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      if (top > -Infinity) {
        best[row + t] = top + emit[row + t];
        back[row + t] = arg;
      }
    }
  }
  let tag = 0;
  for (let t = 1; t < NTAGS; t++) if (best[(n - 1) * NTAGS + t] > best[(n - 1) * NTAGS + tag]) tag = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = tag;
    tag = back[i * NTAGS + tag];
  }
  return tags;
}

// Transition rows in one array (row p + 1 at (p + 1) * NTAGS), made once per set of rows: the inner loop
// reads them for every token and tag.
const flattened = new WeakMap<Float64Array[], Float64Array>();

function flatTransitions(trans: Float64Array[]): Float64Array {
  let flat = flattened.get(trans);
  if (!flat) {
    flat = new Float64Array(trans.length * NTAGS);
    trans.forEach((row, r) => flat!.set(row.subarray(0, NTAGS), r * NTAGS));
    flattened.set(trans, flat);
  }
  return flat;
}

/** Spans [from, to] (token indices, inclusive) and types from a line's tags. */
export function spansOf(tags: number[]): { from: number; to: number; type: TagType }[] {
  const out: { from: number; to: number; type: TagType }[] = [];
  let open = -1;
  tags.forEach((tag, i) => {
    const p = prefixOf(tag);
    if (p === 'U') out.push({ from: i, to: i, type: TYPES[typeOf(tag)] });
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) {
      out.push({ from: open, to: i, type: TYPES[typeOf(tag)] });
      open = -1;
    }
  });
  return out;
}

/** BILOU tag indices for a line's tokens from gold spans given as token ranges. */
export function tagsOf(n: number, spans: { from: number; to: number; type: TagType }[]): number[] {
  const tags = new Array<number>(n).fill(0);
  for (const s of spans) {
    const base = 1 + TYPES.indexOf(s.type) * 4;
    if (s.from === s.to) tags[s.from] = base + 3;
    else {
      tags[s.from] = base;
      for (let k = s.from + 1; k < s.to; k++) tags[k] = base + 1;
      tags[s.to] = base + 2;
    }
  }
  return tags;
}
