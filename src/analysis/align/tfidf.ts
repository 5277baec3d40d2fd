// Sparse TF-IDF vectors over a corpus vocabulary, and their cosine.
import type { TermCounts } from './terms';

/** Term ids ascending, weights L2-normalised (both empty for a text without terms). */
export interface SparseVector {
  ids: Uint32Array;
  weights: Float64Array;
}

/** Every term seen in the corpus, with the number of documents (here: sentences) it occurs in. */
export interface Vocabulary {
  ids: Map<string, number>;
  df: number[];
  /** Number of documents counted. */
  docs: number;
}

export function emptyVocabulary(): Vocabulary {
  return { ids: new Map(), df: [], docs: 0 };
}

/** Counts one document's terms into the document frequencies. */
export function addDocument(vocab: Vocabulary, counts: TermCounts): void {
  vocab.docs++;
  for (const term of counts.keys()) {
    let id = vocab.ids.get(term);
    if (id === undefined) {
      id = vocab.df.length;
      vocab.ids.set(term, id);
      vocab.df.push(0);
    }
    vocab.df[id]++;
  }
}

/**
 * Smoothed IDF, ln((N+1)/(df+1)) + 1: never zero, so two articles alone can still be compared on
 * the words they share, while a word found in every article weighs least.
 */
export function idf(vocab: Vocabulary, id: number): number {
  return Math.log((vocab.docs + 1) / (vocab.df[id] + 1)) + 1;
}

/** How a raw (weighted) count becomes a term frequency. */
export type TermFrequency = (count: number) => number;

/** Sublinear TF, so a name repeated thirty times in an article, or three times in a sentence
 *  ("DPRK ... North Korea ... the Democratic People's Republic of Korea"), does not decide
 *  similarity. ln(1+c) rather than 1+ln(c), which goes negative for the fractional weights of name
 *  words. */
export const sublinearTf: TermFrequency = (count) => Math.log1p(count);

/** The normalised TF-IDF vector of `counts`; terms outside the vocabulary are ignored. */
export function toVector(counts: TermCounts, vocab: Vocabulary, tf: TermFrequency): SparseVector {
  const entries: [number, number][] = [];
  for (const [term, count] of counts) {
    const id = vocab.ids.get(term);
    if (id !== undefined) entries.push([id, tf(count) * idf(vocab, id)]);
  }
  entries.sort((x, y) => x[0] - y[0]);
  let squares = 0;
  for (const [, w] of entries) squares += w * w;
  const norm = Math.sqrt(squares) || 1;
  return {
    ids: Uint32Array.from(entries, ([id]) => id),
    weights: Float64Array.from(entries, ([, w]) => w / norm),
  };
}

/** Cosine of two normalised vectors: a merge over their sorted ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}
