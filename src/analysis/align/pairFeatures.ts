// Evidence on whether two aligned sentences state the same fact, beyond their shared words: how
// much of each the other covers (both ways), word order, numbers, negation, modality and names
// on one side only. The classifier in sameness.ts weighs these; the weights are learnt (scripts/train-compare).
import { diffArrays } from 'diff';
import type { Span } from '../../corpus/types';
import { idf, type Vocabulary } from './tfidf';
import { termOf, wordTokens } from './tokens';

/** The features in the order the model's weights use. Renaming or reordering one needs retraining. */
export const FEATURE_NAMES = [
  'cosine',
  'coverMin',
  'coverMax',
  'idfCoverMin',
  'idfCoverMax',
  'extraIdfMin',
  'extraIdfMax',
  'lengthRatio',
  'bigramMin',
  'bigramMax',
  'trigramMin',
  'trigramMax',
  'orderMin',
  'orderMax',
  'numbersDiffer',
  'numbersAgree',
  'negationDiffers',
  'modalsDiffer',
  'namesOnlyMin',
  'namesOnlyMax',
  'unigramMin',
  'unigramMax',
  'wordsMin',
  'wordsMax',
  'numbersOnlyMax',
  'charGrams',
  'attributionDiffers',
  'fourgramMin',
  'fourgramMax',
  'wordEdits',
  'softCoverMin',
  'softCoverMax',
  'addedRunMin',
  'addedRunMax',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** One sentence, read once for every comparison it takes part in. */
export interface SentenceEvidence {
  /** Every word, lower case, in order (function words too: they carry word order). */
  words: string[];
  /** Content terms (stopwords dropped, stemmed) in order, with their weight: IDF up to RARE_IDF, over it. */
  terms: string[];
  termIdf: Map<string, number>;
  /** Numbers as written without thousands separators ("1,200" → "1200"). */
  numbers: Set<string>;
  /** Negations ("not", "never", "n't", "without" …): their count decides polarity. */
  negations: number;
  modals: Set<string>;
  /** Capitalised words past the first, lower case: names of people, places, organisations. */
  names: Set<string>;
  /** Says who reported it ("said", "according to"). */
  attributed: boolean;
  /** Letters and digits only, lower case, for character n-grams. */
  letters: string;
}

// Denials count too: "dismissed reports he told X" turns the claim around as "did not tell X" would.
// "neither … nor" is one negation, "whether or not" none; "dont", "havent" are contractions typed without the apostrophe.
const NEGATION = /\b(?:not|no|never|none|nothing|neither|nobody|without|cannot|den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refus(?:e|es|ed)|(?:do|does|did|is|are|was|were|has|have|had|could|would|should)nt)\b|n['’]t\b/giu;
const NOT_NEGATION = /\b(?:whether\s+or\s+not|not\s+only)\b/giu;
// A word in fewer than one sentence in a hundred weighs fully (1). Raw IDF goes on growing with the
// corpus for the rarest words (ln N), so a model learnt on MSRP train would read the extra
// content of a pair in a smaller or larger corpus (MSRP dev, one BBC pair, Reuters) as less or more.
const RARE_IDF = Math.log(100) + 1;
const NUMBER = /\d+(?:[.,]\d+)*/gu;
const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'will', 'can', 'must', 'shall']);
const CAPITALISED = /^\p{Lu}/u;
const ATTRIBUTION: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'according', 'stated', 'reported', 'announced', 'added']);

export function sentenceEvidence(text: string, span: Span, vocabulary: Vocabulary): SentenceEvidence {
  const tokens = wordTokens(text, span);
  const slice = text.slice(span.start, span.end);
  const words = tokens.map((t) => t.surface.toLowerCase());
  const terms: string[] = [];
  const termIdf = new Map<string, number>();
  for (const token of tokens) {
    const term = termOf(token.surface);
    if (term === null) continue;
    terms.push(term);
    const id = vocabulary.ids.get(term);
    termIdf.set(term, id === undefined ? 1 : Math.min(idf(vocabulary, id), RARE_IDF) / RARE_IDF);
  }
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (i > 0 && CAPITALISED.test(t.surface) && termOf(t.surface) !== null) names.add(t.surface.toLowerCase());
  });
  return {
    words,
    terms,
    termIdf,
    numbers: new Set([...slice.matchAll(NUMBER)].map((m) => m[0].replaceAll(',', ''))),
    negations: [...slice.matchAll(NEGATION)].length - [...slice.matchAll(NOT_NEGATION)].length,
    modals: new Set(words.filter((w) => MODALS.has(w))),
    names,
    attributed: words.some((w) => ATTRIBUTION.has(w)),
    letters: slice.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''),
  };
}

/** The feature vector of a pair, in FEATURE_NAMES order; symmetric in its two sentences. */
export function pairFeatures(x: SentenceEvidence, y: SentenceEvidence, cosine: number): number[] {
  const tx = new Set(x.terms);
  const ty = new Set(y.terms);
  const common = [...tx].filter((t) => ty.has(t));
  const cover = (own: Set<string>) => (own.size === 0 ? 0 : common.length / own.size);
  const idfSum = (terms: Iterable<string>, weights: Map<string, number>) => {
    let sum = 0;
    for (const t of terms) sum += weights.get(t) ?? 0;
    return sum;
  };
  const commonIdf = (weights: Map<string, number>) => idfSum(common, weights);
  const idfCover = (e: SentenceEvidence) => {
    const all = idfSum(new Set(e.terms), e.termIdf);
    return all === 0 ? 0 : commonIdf(e.termIdf) / all;
  };
  const extra = (e: SentenceEvidence, other: Set<string>) =>
    Math.log1p(idfSum([...new Set(e.terms)].filter((t) => !other.has(t)), e.termIdf));
  const bigram = ngramPrecisions(x.words, y.words, 2);
  const trigram = ngramPrecisions(x.words, y.words, 3);
  const lcs = wordDiff(x.terms, y.terms).common;
  const order = (e: SentenceEvidence) => (e.terms.length === 0 ? 0 : lcs / e.terms.length);
  const numbersDiffer = !sameSet(x.numbers, y.numbers);
  const allWords = (e: SentenceEvidence) => new Set(e.words);
  const namesOnly = (e: SentenceEvidence, other: SentenceEvidence) => {
    const words = allWords(other);
    return [...e.names].filter((n) => !words.has(n)).length;
  };
  const lengths = [tx.size, ty.size];
  // Diffs of equal cost can place the changed runs differently: one order for both calls keeps the features symmetric.
  const wording = x.words.join(' ') <= y.words.join(' ') ? wordDiff(x.words, y.words) : wordDiff(y.words, x.words);
  return [
    cosine,
    ...minMax(cover(tx), cover(ty)),
    ...minMax(idfCover(x), idfCover(y)),
    ...minMax(extra(x, ty), extra(y, tx)),
    Math.min(...lengths) / Math.max(1, ...lengths),
    ...minMax(...bigram),
    ...minMax(...trigram),
    ...minMax(order(x), order(y)),
    numbersDiffer ? 1 : 0,
    !numbersDiffer && x.numbers.size > 0 ? 1 : 0,
    x.negations % 2 !== y.negations % 2 ? 1 : 0,
    symmetricDifference(x.modals, y.modals),
    ...minMax(namesOnly(x, y), namesOnly(y, x)),
    ...minMax(...ngramPrecisions(x.words, y.words, 1)),
    ...minMax(Math.log1p(x.words.length), Math.log1p(y.words.length)),
    Math.max(onlyIn(x.numbers, y.numbers), onlyIn(y.numbers, x.numbers)),
    charDice(x.letters, y.letters, 4),
    x.attributed !== y.attributed ? 1 : 0,
    ...minMax(...ngramPrecisions(x.words, y.words, 4)),
    1 - (2 * wording.common) / Math.max(1, x.words.length + y.words.length),
    ...minMax(softCover(x, tx, ty), softCover(y, ty, tx)),
    ...minMax(Math.log1p(wording.longestOnlyX), Math.log1p(wording.longestOnlyY)),
  ];
}

/** IDF-weighted share of a sentence's terms the other has, counting a term matched when the other
 *  has a word of like form ("declassified" / "declassify", "penalty" / "unpenalised"): the
 *  stemmer leaves such variants apart. */
function softCover(e: SentenceEvidence, own: Set<string>, other: Set<string>): number {
  const unmatched = [...other].filter((t) => !own.has(t));
  let all = 0;
  let covered = 0;
  for (const t of own) {
    const w = e.termIdf.get(t) ?? 0;
    all += w;
    if (other.has(t) || unmatched.some((u) => likeForm(t, u))) covered += w;
  }
  return all === 0 ? 0 : covered / all;
}

const LIKE_FORM = 0.5;

function likeForm(x: string, y: string): boolean {
  return x.length >= 4 && y.length >= 4 && charDice(x, y, 3) >= LIKE_FORM;
}

function minMax(p: number, q: number): [number, number] {
  return p <= q ? [p, q] : [q, p];
}

function sameSet(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function onlyIn(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  return [...x].filter((v) => !y.has(v)).length;
}

/** Dice coefficient of the character n-gram sets: catches words that differ only in form. */
function charDice(x: string, y: string, n: number): number {
  const grams = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - n + 1) }, (_, i) => s.slice(i, i + n)));
  const gx = grams(x);
  const gy = grams(y);
  const both = [...gx].filter((g) => gy.has(g)).length;
  return gx.size + gy.size === 0 ? 0 : (2 * both) / (gx.size + gy.size);
}

function symmetricDifference(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  return [...x].filter((v) => !y.has(v)).length + [...y].filter((v) => !x.has(v)).length;
}

/** The share of each side's n-grams that the other side has too (clipped counts, as BLEU). */
function ngramPrecisions(x: readonly string[], y: readonly string[], n: number): [number, number] {
  const gx = ngramCounts(x, n);
  const gy = ngramCounts(y, n);
  let both = 0;
  for (const [g, c] of gx) both += Math.min(c, gy.get(g) ?? 0);
  const px = x.length >= n ? both / (x.length - n + 1) : 0;
  const py = y.length >= n ? both / (y.length - n + 1) : 0;
  return [px, py];
}

function ngramCounts(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const g = words.slice(i, i + n).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** A word diff's summary: the longest common subsequence (how much of the shared wording comes in
 *  the same order), and the longest run each side has that the other lacks (a clause one side adds). */
function wordDiff(x: readonly string[], y: readonly string[]): { common: number; longestOnlyX: number; longestOnlyY: number } {
  const out = { common: 0, longestOnlyX: 0, longestOnlyY: 0 };
  for (const part of diffArrays(x as string[], y as string[])) {
    const n = part.count ?? part.value.length;
    if (part.removed) out.longestOnlyX = Math.max(out.longestOnlyX, n);
    else if (part.added) out.longestOnlyY = Math.max(out.longestOnlyY, n);
    else out.common += n;
  }
  return out;
}
