// MSRP pairs (../shared/dev/msrp, see its README) as feature rows, computed exactly as `rknews
// compare` computes them: the split's folder loaded as a corpus, with its entities and IDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCorpus } from '../../src/analysis';
import { buildVocabulary, contextWithVocabulary, SHARED_SENTENCE_THRESHOLD, type AlignContext } from '../../src/analysis/align';
import { sentenceVectorsOf } from '../../src/analysis/align/context';
import { pairFeatures, sentenceEvidence } from '../../src/analysis/align/pairFeatures';
import { cosine } from '../../src/analysis/align/tfidf';
import { loadCorpus } from '../../src/corpus';
import type { Article } from '../../src/corpus/types';

interface GoldPair {
  label: number;
  id1: string;
  id2: string;
  s1: string;
  s2: string;
}
interface GoldBundle {
  bundle: string;
  a: string;
  b: string;
  pairs: GoldPair[];
}

export interface PairRows {
  rows: number[][];
  labels: number[];
  /** The bundle of each row: cross-validation folds never split a bundle. */
  bundles: string[];
  /** The two sentences of each row, for reports. */
  texts: [string, string][];
  /** Pairs left out because rknews splits one of their sentences differently. */
  skipped: number;
  /** Features of sentences of two different MSRP pairs of one story that the aligner would pair:
   *  the same story told with different facts, which MSRP's own pairs hardly show. Label 0. */
  otherFacts: number[][];
}

/** MSRP numbers its sentences along its news clusters: ids this close are probably one story. */
const SAME_STORY_IDS = 1000;

interface Located {
  id: number;
  sentences: { article: Article; index: number }[];
}

export async function loadPairs(msrpDir: string, split: 'train' | 'dev'): Promise<PairRows> {
  const corpus = loadCorpus([join(msrpDir, split)]);
  const { entities } = await analyseCorpus(corpus.articles);
  // As `rknews compare` sees a pair: its entities, and the corpus's vocabulary counted without them.
  const ctx = contextWithVocabulary(corpus.articles, entities, buildVocabulary(corpus.articles));
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const gold = JSON.parse(readFileSync(join(msrpDir, `${split}.gold.json`), 'utf8')) as { bundles: GoldBundle[] };
  const out: PairRows = { rows: [], labels: [], bundles: [], texts: [], skipped: 0, otherFacts: [] };
  const located: Located[] = [];
  for (const bundle of gold.bundles) {
    const a = byId.get(bundle.a);
    const b = byId.get(bundle.b);
    if (!a || !b) throw new Error(`bundle ${bundle.bundle}: articles ${bundle.a} and ${bundle.b} not loaded from ${msrpDir}/${split}`);
    const va = sentenceVectorsOf(ctx, a);
    const vb = sentenceVectorsOf(ctx, b);
    for (const pair of bundle.pairs) {
      const i = sentenceIndex(a, pair.s1);
      const j = sentenceIndex(b, pair.s2);
      if (i < 0 || j < 0) {
        out.skipped++;
        continue;
      }
      out.rows.push(features(ctx, a, i, b, j, cosine(va[i], vb[j])));
      located.push({ id: Number(pair.id1), sentences: [{ article: a, index: i }, { article: b, index: j }] });
      out.labels.push(pair.label);
      out.bundles.push(bundle.bundle);
      out.texts.push([pair.s1, pair.s2]);
    }
  }
  located.sort((x, y) => x.id - y.id);
  for (let p = 0; p < located.length; p++) {
    for (let q = p + 1; q < located.length && located[q].id - located[p].id <= SAME_STORY_IDS; q++) {
      for (const x of located[p].sentences) {
        for (const y of located[q].sentences) {
          const score = cosine(sentenceVectorsOf(ctx, x.article)[x.index], sentenceVectorsOf(ctx, y.article)[y.index]);
          if (score >= SHARED_SENTENCE_THRESHOLD) out.otherFacts.push(features(ctx, x.article, x.index, y.article, y.index, score));
        }
      }
    }
  }
  return out;
}

function features(ctx: AlignContext, a: Article, i: number, b: Article, j: number, score: number): number[] {
  return pairFeatures(sentenceEvidence(a.text, a.sentences[i], ctx.vocabulary), sentenceEvidence(b.text, b.sentences[j], ctx.vocabulary), score);
}

function sentenceIndex(article: Article, sentence: string): number {
  return article.sentences.findIndex((s) => article.text.slice(s.start, s.end).trim() === sentence.trim());
}
