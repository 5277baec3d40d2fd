// Sentence-by-sentence comparison of two articles: what both report, and what only one does.
import type { Article, Span } from '../../corpus/types';
import { articleVectorOf, isFaqQuestion, sentenceVectorsOf } from './context';
import { isLabel } from './labels';
import { pairFeatures, sentenceEvidence } from './pairFeatures';
import { isSame, sameness as samenessOf } from './sameness';
import { cosine } from './tfidf';
import type { AlignContext, Alignment, OverlapSentence, SharedSentence } from './types';
import { differingWords } from './wordDiff';

/**
 * Two sentences are paired (as the same fact, or as an overlap) when their cosine reaches this. Measured on seeds 000 and 002
 * (with entity mentions / without): the two accounts of the Vostochny meeting score 0.30 / 0.28,
 * the two definitions of DPRK 0.60 / 0.87, the U.S. and South Korean warnings 0.25 / 0.31; the
 * missile launches and the State Department warning, which 000 does not report, reach at most
 * 0.14 with any sentence of 000. Pairs between 0.18 and 0.25 across the seeds were almost all
 * sentences that merely name the same leaders and countries.
 */
export const SHARED_SENTENCE_THRESHOLD = 0.25;

/**
 * A short sentence shares a name or two with almost anything, and cosine rewards it for that: a
 * ten-word "…," Putin said, according to state media outranked 002's lead (0.35 against 0.29) as
 * the partner of 000's lead. Pairs are therefore chosen by cosine times the square root of the
 * sentences' length ratio; whether a pair counts as shared still depends on its cosine alone.
 */
function lengthBalance(x: Span, y: Span): number {
  const lx = x.end - x.start;
  const ly = y.end - y.start;
  return Math.sqrt(Math.min(lx, ly) / Math.max(lx, ly, 1));
}

/**
 * Pairs sentences one-to-one, greedily: the best-ranked pair above the threshold first, then the
 * next among sentences still free. One-to-one keeps a long article's several restatements of a
 * fact from all claiming the other article's single sentence, so "only in B" stays meaningful.
 * Each pair is then judged by the classifier: the same fact ("shared"), or a shared core one side
 * changes ("overlap", with the words that differ). Articles outside `ctx` are compared against
 * its vocabulary, without entity mentions.
 */
export function alignArticles(a: Article, b: Article, ctx: AlignContext): Alignment {
  const va = sentenceVectorsOf(ctx, a);
  const vb = sentenceVectorsOf(ctx, b);

  const candidates: { i: number; j: number; score: number; rank: number }[] = [];
  // Questions of a Q/A block ask rather than report, so they never pair.
  const asksA = a.sentences.map((s) => isFaqQuestion(a, s));
  const asksB = b.sentences.map((s) => isFaqQuestion(b, s));
  // Labels report nothing at all, so they are left out of the result too.
  const labelA = a.sentences.map((s) => isLabel(a, s));
  const labelB = b.sentences.map((s) => isLabel(b, s));
  for (let i = 0; i < va.length; i++) {
    if (asksA[i] || labelA[i]) continue;
    for (let j = 0; j < vb.length; j++) {
      if (asksB[j] || labelB[j]) continue;
      const score = cosine(va[i], vb[j]);
      if (score >= SHARED_SENTENCE_THRESHOLD) candidates.push({ i, j, score, rank: score * lengthBalance(a.sentences[i], b.sentences[j]) });
    }
  }
  candidates.sort((x, y) => y.rank - x.rank || x.i - y.i || x.j - y.j);

  const partnerOfA = new Map<number, { j: number; score: number }>();
  const takenB = new Set<number>();
  for (const { i, j, score } of candidates) {
    if (partnerOfA.has(i) || takenB.has(j)) continue;
    partnerOfA.set(i, { j, score });
    takenB.add(j);
  }

  const shared: SharedSentence[] = [];
  const overlap: OverlapSentence[] = [];
  const onlyA: Span[] = [];
  a.sentences.forEach((span, i) => {
    const partner = partnerOfA.get(i);
    if (!partner) {
      if (!labelA[i]) onlyA.push(span);
      return;
    }
    const pair = judgePair(ctx, a, span, b, b.sentences[partner.j], partner.score);
    if ('differ' in pair) overlap.push(pair);
    else shared.push(pair);
  });
  return {
    a: a.id,
    b: b.id,
    similarity: cosine(articleVectorOf(ctx, a), articleVectorOf(ctx, b)),
    shared,
    overlap,
    onlyA,
    onlyB: b.sentences.filter((_, j) => !takenB.has(j) && !labelB[j]),
  };
}

/** A paired sentence as the same fact, or as an overlap with the words that differ. */
function judgePair(ctx: AlignContext, a: Article, sa: Span, b: Article, sb: Span, score: number): SharedSentence | OverlapSentence {
  const features = pairFeatures(sentenceEvidence(a.text, sa, ctx.vocabulary), sentenceEvidence(b.text, sb, ctx.vocabulary), score);
  const sameness = samenessOf(features);
  const pair = { a: sa, b: sb, score, sameness };
  return isSame(sameness) ? pair : { ...pair, differ: differingWords(a.text, sa, b.text, sb) };
}
