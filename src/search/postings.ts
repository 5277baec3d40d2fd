// An inverted index over articles with up to three fields per article: for each word, the
// articles holding it and how often in each field (BM25F needs per-field counts), plus each
// article's words in order (proximity and phrases are read from them). Everything lives in a
// few flat typed arrays: at Reuters' 19,043 articles that is about 25 MB, not millions of
// small objects. Term ids are positions in the sorted vocabulary (see vocabulary.ts).
import { TermTable } from './termTable';

/** Per-field counts are packed 10 bits each into one 32-bit number. */
const TF_BITS = 10;
const TF_MAX = (1 << TF_BITS) - 1;

export interface Postings {
  /** The vocabulary, sorted; a word's id is its position. */
  terms: string[];
  /** Articles indexed (ids 0..size-1, the corpus order). */
  size: number;
  fields: number;
  /** Postings of term t are [start[t], start[t + 1]). */
  start: Uint32Array;
  /** Article of each posting, ascending within a term. */
  docs: Uint32Array;
  /** Packed per-field counts of each posting (see fieldCount). */
  counts: Uint32Array;
  /** Words per article and field: lengths[doc * fields + f]. */
  lengths: Uint32Array;
  /** Mean length of each field over the articles. */
  meanLengths: number[];
  /** With `stream`: the articles' term ids in order (field by field), article d at [streamStart[d], streamStart[d + 1]). */
  stream: Uint32Array | null;
  streamStart: Uint32Array | null;
}

export function fieldCount(packed: number, field: number): number {
  return (packed >>> (field * TF_BITS)) & TF_MAX;
}

/** Collects articles one at a time (so a UI can build in time slices), then packs them. */
export class PostingsBuilder {
  private readonly vocabulary = new TermTable();
  private countOf: Uint32Array = new Uint32Array(1 << 16);
  private pairTerm: Uint32Array = new Uint32Array(1 << 16);
  private pairCount: Uint32Array = new Uint32Array(1 << 16);
  private pairs = 0;
  private readonly docEnds: number[] = [];
  private tokens: Uint32Array = new Uint32Array(1 << 16);
  private tokenCount = 0;
  private readonly docTokenEnds: number[] = [];
  private lengths: number[] = [];
  // Per document: which provisional ids it touched (scratch).
  private touched: number[] = [];
  /** Of the article being added: the field its last word was in, and each field's word count. */
  private field = 0;
  private readonly fieldLengths: number[];

  constructor(
    readonly fields: number,
    readonly keepStream: boolean,
  ) {
    this.fieldLengths = new Array<number>(fields).fill(0);
  }

  get size(): number {
    return this.docEnds.length;
  }

  /** Adds the next article: its words field by field (already folded). */
  add(fieldWords: readonly (readonly string[])[]): void {
    for (let f = 0; f < this.fields; f++) for (const word of fieldWords[f] ?? []) this.word(f, word, 0, word.length);
    this.endArticle();
  }

  /** Adds a word of the article being added: text[start, end) (folded) in field `field`, fields in order; `hash`: its hashRange when known. */
  word(field: number, text: string, start: number, end: number, hash?: number): void {
    if (field < this.field) throw new Error('fields out of order');
    this.field = field;
    this.fieldLengths[field]++;
    const id = this.vocabulary.idOf(text, start, end, hash);
    if (id >= this.countOf.length) {
      const grown = new Uint32Array(this.countOf.length * 2);
      grown.set(this.countOf);
      this.countOf = grown;
    }
    if (this.keepStream) this.pushToken(id);
    const shift = field * TF_BITS;
    const packed = this.countOf[id];
    if (packed === 0) this.touched.push(id);
    if (((packed >>> shift) & TF_MAX) < TF_MAX) this.countOf[id] = packed + (1 << shift);
  }

  /** Ends the article being added (its words given by `word`). */
  endArticle(): void {
    const touched = this.touched;
    for (const id of touched) {
      this.pushPair(id, this.countOf[id]);
      this.countOf[id] = 0;
    }
    touched.length = 0;
    for (let f = 0; f < this.fields; f++) {
      this.lengths.push(this.fieldLengths[f]);
      this.fieldLengths[f] = 0;
    }
    this.field = 0;
    this.docEnds.push(this.pairs);
    if (this.keepStream) this.docTokenEnds.push(this.tokenCount);
  }

  private pushToken(id: number): void {
    if (this.tokenCount === this.tokens.length) {
      const grown = new Uint32Array(this.tokens.length * 2);
      grown.set(this.tokens);
      this.tokens = grown;
    }
    this.tokens[this.tokenCount++] = id;
  }

  private pushPair(term: number, count: number): void {
    if (this.pairs === this.pairTerm.length) {
      const terms = new Uint32Array(this.pairTerm.length * 2);
      terms.set(this.pairTerm);
      this.pairTerm = terms;
      const counts = new Uint32Array(this.pairCount.length * 2);
      counts.set(this.pairCount);
      this.pairCount = counts;
    }
    this.pairTerm[this.pairs] = term;
    this.pairCount[this.pairs++] = count;
  }

  /** Sorts the vocabulary, renumbers, and lays the postings out term by term. */
  finish(): Postings {
    const steps = this.finishing();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /** The same work as `finish`, pausing (yield) every so often, so a UI can spread it over time slices. */
  *finishing(): Generator<void, Postings> {
    const { fields } = this;
    const CHUNK = 200_000;
    // The default sort compares UTF-16 code units, as the vocabulary look-ups do.
    const { words } = this.vocabulary;
    const terms = [...words].sort();
    yield;
    const renumber = new Uint32Array(words.length);
    terms.forEach((word, id) => (renumber[this.vocabulary.idOf(word, 0, word.length)] = id));
    const size = this.docEnds.length;
    yield;

    const start = new Uint32Array(terms.length + 1);
    for (let p = 0; p < this.pairs; p++) start[renumber[this.pairTerm[p]] + 1]++;
    for (let t = 0; t < terms.length; t++) start[t + 1] += start[t];
    yield;
    const fill = start.slice(0, terms.length);
    const docs = new Uint32Array(this.pairs);
    const counts = new Uint32Array(this.pairs);
    let p = 0;
    for (let doc = 0; doc < size; doc++) {
      for (const end = this.docEnds[doc]; p < end; p++) {
        const at = fill[renumber[this.pairTerm[p]]]++;
        docs[at] = doc;
        counts[at] = this.pairCount[p];
      }
      if ((doc & 1023) === 1023) yield;
    }

    const lengths = Uint32Array.from(this.lengths);
    const meanLengths = Array.from({ length: fields }, (_, f) => {
      let total = 0;
      for (let d = 0; d < size; d++) total += lengths[d * fields + f];
      return size ? total / size : 0;
    });

    let stream: Uint32Array | null = null;
    let streamStart: Uint32Array | null = null;
    if (this.keepStream) {
      stream = new Uint32Array(this.tokenCount);
      for (let i = 0; i < this.tokenCount; i++) {
        stream[i] = renumber[this.tokens[i]];
        if (i % CHUNK === CHUNK - 1) yield;
      }
      streamStart = new Uint32Array(size + 1);
      for (let d = 0; d < size; d++) streamStart[d + 1] = this.docTokenEnds[d];
    }
    return { terms, size, fields, start, docs, counts, lengths, meanLengths, stream, streamStart };
  }
}
