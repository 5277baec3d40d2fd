// BM25F over the article fields: per query word, each article's field counts are length-
// normalised, weighted by field and summed, then saturated once (Robertson & Zaragoza,
// "The Probabilistic Relevance Framework: BM25 and Beyond", 2009). Exact words, longer
// words and typos are summed separately, so a typo can raise an article only to a fraction
// of what the word itself gives, however often the typo occurs.
import { fieldCount, type Postings } from './postings';
import { EXACT, type IdRun, PREFIX, STEM } from './plan';

/** Field weights and length normalisation: text [headline, lead, body], analysis [names, quotes]. */
export const TEXT_WEIGHTS = [3, 1.5, 1];
export const TEXT_B = [0.4, 0.5, 0.75];
export const ANALYSIS_WEIGHTS = [0.6, 0.4];
export const ANALYSIS_B = [0.5, 0.5];
const K1 = 1.2;
/** What a longer word (the query word is its start) and a typo are worth against the word itself. */
const PREFIX_WEIGHT = 0.55;
const TYPO_WEIGHT = 0.3;
/** A misspelling the corpus itself holds does not make the word rare: its df is at least this share of the most frequent alternative's. */
const ALTERNATIVE_DF_SHARE = 0.1;
/** ...but a word in this many articles is the corpus's own word, not a slip: its df is its own ('zinc' is not made common by 'inc'). */
const OWN_WORD_DF = 5;

/** Per article and field: weight / (1 - b + b * length / mean length). */
export function fieldNorms(p: Postings, weights: readonly number[], b: readonly number[]): Float32Array {
  const norms = new Float32Array(p.size * p.fields);
  for (let d = 0; d < p.size; d++) {
    for (let f = 0; f < p.fields; f++) {
      const mean = p.meanLengths[f] || 1;
      norms[d * p.fields + f] = weights[f] / (1 - b[f] + (b[f] * p.lengths[d * p.fields + f]) / mean);
    }
  }
  return norms;
}

export const df = (p: Postings, id: number) => p.start[id + 1] - p.start[id];

/**
 * Articles holding the word, for its idf: the most frequent of the word and its other forms
 * (they count as the word itself), unless it is a rare slip for a more frequent alternative.
 */
export function effectiveDf(p: Postings, runs: readonly IdRun[]): number {
  let exact = 0;
  let other = 0;
  for (const run of runs) {
    for (let id = run.from; id < run.to; id++) {
      const n = df(p, id);
      if (run.kind === EXACT || run.kind === STEM) exact = Math.max(exact, n);
      else other = Math.max(other, n);
    }
  }
  if (exact >= OWN_WORD_DF) return exact;
  return Math.max(exact > 0 ? Math.max(exact, other * ALTERNATIVE_DF_SHARE) : other, 1);
}

export function idf(size: number, n: number): number {
  return Math.log(1 + (size - n + 0.5) / (n + 0.5));
}

/** Weighted, normalised counts of one query word per article, by kind of match. */
export interface Counts {
  exact: Float32Array;
  prefix: Float32Array;
  typo: Float32Array;
}

export function newCounts(size: number): Counts {
  return { exact: new Float32Array(size), prefix: new Float32Array(size), typo: new Float32Array(size) };
}

/**
 * Adds the postings of `runs` into `into`, the first field's into `firstInto` when given (the
 * headline, scored apart: one pass over the postings instead of two). `fieldOn[f]` is 0 for a
 * field the query leaves out (`in:`). Plain loops over typed arrays: a two-letter prefix covers
 * a third of the corpus.
 */
export function accumulate(p: Postings, norms: Float32Array, runs: readonly IdRun[], fieldOn: readonly number[], into: Counts, firstInto: Counts = into): void {
  const F = p.fields;
  const on0 = fieldOn[0] ?? 0;
  const on1 = fieldOn[1] ?? 0;
  const on2 = fieldOn[2] ?? 0;
  for (const run of runs) {
    const kind = run.kind === EXACT || run.kind === STEM ? 'exact' : run.kind === PREFIX ? 'prefix' : 'typo';
    const target = into[kind];
    const firstTarget = firstInto[kind];
    const from = p.start[run.from];
    const to = p.start[run.to];
    const scale = run.scale;
    for (let q = from; q < to; q++) {
      const doc = p.docs[q];
      const c = p.counts[q];
      const base = doc * F;
      const first = on0 * fieldCount(c, 0) * norms[base];
      let tf = 0;
      if (F > 1) tf += on1 * fieldCount(c, 1) * norms[base + 1];
      if (F > 2) tf += on2 * fieldCount(c, 2) * norms[base + 2];
      if (first) firstTarget[doc] += first * scale;
      if (tf) target[doc] += tf * scale;
    }
  }
}

const saturate = (tf: number) => (tf * (K1 + 1)) / (K1 + tf);

/** One word's BM25F score in one article: the best of exact, exact-or-longer and any form, each saturated. */
export function wordScore(exact: number, prefix: number, typo: number, weightOfIdf: number): number {
  if (exact + prefix + typo <= 0) return 0;
  let best = exact > 0 ? saturate(exact) : 0;
  if (prefix > 0) best = Math.max(best, PREFIX_WEIGHT * saturate(exact + prefix));
  if (typo > 0) best = Math.max(best, TYPO_WEIGHT * saturate(exact + prefix + typo));
  return weightOfIdf * best;
}

/** The most any one word can score in an article: for bounding proximity's effect. */
export const MAX_SATURATED = K1 + 1;
