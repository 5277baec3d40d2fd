// The scores of the features of one word (features.ts: wordFeatures, neighbourFeatures), summed in the
// same order as the feature lists, but looked up by kind: the weights of each kind of feature (the
// part of its name before "=") keyed by the rest. Building a string such as `l+1=word` for each
// feature and hashing it in a table of every weight was most of the cost of a word met for the first
// time; the word, its lower case and its shape are strings at hand, and their hashes are kept.
import { cueClasses, LINE_END, LINE_START } from './features';
import type { Weights } from './train';
import type { VectorArena, VectorAt } from './vectors';

type Pairs = number[];
type Kind = Map<string, Pairs>;

export interface WordKinds {
  bias: Pairs | undefined;
  w: Kind; l: Kind; s: Kind; c: Kind;
  /** Prefixes p1..p3 and suffixes x1..x4, by length less one. */
  prefix: Kind[];
  suffix: Kind[];
  /** Neighbour kinds by OFFSETS position (-2, -1, 1, 2); shape and cue kinds only for -1 and 1. */
  nl: Kind[];
  ns: (Kind | undefined)[];
  nc: (Kind | undefined)[];
}

export function wordKinds(weights: Weights): WordKinds {
  const kinds = new Map<string, Kind>();
  for (const f of Object.keys(weights)) {
    const eq = f.indexOf('=');
    if (eq < 0) continue;
    const kind = f.slice(0, eq);
    let map = kinds.get(kind);
    if (!map) kinds.set(kind, (map = new Map()));
    map.set(f.slice(eq + 1), weights[f]);
  }
  const of = (kind: string): Kind => kinds.get(kind) ?? new Map();
  return {
    bias: weights.b,
    w: of('w'), l: of('l'), s: of('s'), c: of('c'),
    prefix: ['p1', 'p2', 'p3'].map(of),
    suffix: ['x1', 'x2', 'x3', 'x4'].map(of),
    nl: ['l-2', 'l-1', 'l+1', 'l+2'].map(of),
    ns: [undefined, of('s-1'), of('s+1'), undefined],
    nc: [undefined, of('c-1'), of('c+1'), undefined],
  };
}

const addPairs = (pairs: Pairs | undefined, data: Float64Array, at: number): void => {
  if (pairs) for (let k = 0; k < pairs.length; k += 2) data[at + pairs[k]] += pairs[k + 1];
};

/** A new vector scoring the word's own features (wordFeatures), `lower` and `shape` being its lower case and shape. */
export function ownScores(kinds: WordKinds, arena: VectorArena, w: string, lower: string, shape: string): VectorAt {
  const at = arena.alloc();
  const d = arena.data;
  addPairs(kinds.bias, d, at);
  addPairs(kinds.w.get(w), d, at);
  addPairs(kinds.l.get(lower), d, at);
  addPairs(kinds.s.get(shape), d, at);
  for (let n = 1; n <= 3; n++) addPairs(kinds.prefix[n - 1].get(lower.slice(0, n)), d, at);
  for (let n = 1; n <= 4; n++) addPairs(kinds.suffix[n - 1].get(lower.slice(-n)), d, at);
  for (const c of cueClasses(w)) addPairs(kinds.c.get(c), d, at);
  return at;
}

/**
 * A new vector scoring the features the word gives the token OFFSETS[k] places away
 * (neighbourFeatures); the line's edges are given as LINE_START and LINE_END, as they are.
 */
export function neighbourScores(kinds: WordKinds, arena: VectorArena, k: number, w: string, lower: string, shape: string): VectorAt {
  const edge = w === LINE_START || w === LINE_END;
  const at = arena.alloc();
  const d = arena.data;
  addPairs(kinds.nl[k].get(edge ? w : lower), d, at);
  const shapes = kinds.ns[k];
  if (shapes) {
    addPairs(shapes.get(edge ? w : shape), d, at);
    for (const c of cueClasses(w)) addPairs(kinds.nc[k]!.get(c), d, at);
  }
  return at;
}
