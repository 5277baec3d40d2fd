// Synthetic corpora for benchmarks: articles resampled from the seed sentences with
// perturbed words (typos, swapped-in words, dropped words), deterministic for a given seed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus';
import { parseArticle } from '../src/corpus/parse';
import type { Article } from '../src/corpus/types';

export interface SynthOptions {
  articles: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed?: number;
  /** Where the seed articles are (default: the repository's seeds/). */
  seedDir?: string;
  minSentences?: number;
  maxSentences?: number;
  /** Chance that a word is perturbed. */
  perturbRate?: number;
}

/** mulberry32: small, fast, and enough for resampling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** seeds/ next to this file's folder (source or bundle), else under the working directory. */
function defaultSeedDir(): string {
  const nextToSource = fileURLToPath(new URL('../seeds', import.meta.url));
  return existsSync(nextToSource) ? nextToSource : resolve('seeds');
}

function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

function perturb(sentence: string, vocabulary: string[], rate: number, random: () => number): string {
  return sentence
    .split(/(\s+)/)
    .map((part) => {
      if (!/[\p{L}]/u.test(part) || random() >= rate) return part;
      const roll = random();
      if (roll < 0.5) return typo(part, random);
      if (roll < 0.85) return vocabulary[Math.floor(random() * vocabulary.length)];
      return '';
    })
    .join('')
    .replace(/ {2,}/g, ' ');
}

export function seedSentences(seedDir = defaultSeedDir()): string[] {
  const { articles } = loadCorpus([seedDir]);
  if (!articles.length) throw new Error(`no seed articles in ${seedDir}`);
  return articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()));
}

/** Article texts: a title line, then paragraphs of 2–4 perturbed seed sentences. */
export function synthTexts(opts: SynthOptions): string[] {
  const random = prng(opts.seed ?? 1);
  const sentences = seedSentences(opts.seedDir);
  const vocabulary = [...new Set(sentences.flatMap((s) => s.match(/\p{L}{3,}/gu) ?? []))];
  const min = opts.minSentences ?? 10;
  const max = opts.maxSentences ?? 30;
  const rate = opts.perturbRate ?? 0.15;
  const pick = () => perturb(sentences[Math.floor(random() * sentences.length)], vocabulary, rate, random);

  const texts: string[] = [];
  for (let n = 0; n < opts.articles; n++) {
    const title = pick().split(' ').slice(0, 4 + Math.floor(random() * 6)).join(' ').replace(/[.,;:]+$/, '');
    const count = min + Math.floor(random() * (max - min + 1));
    const paragraphs: string[] = [];
    for (let i = 0; i < count; ) {
      const size = Math.min(count - i, 2 + Math.floor(random() * 3));
      paragraphs.push(Array.from({ length: size }, pick).join(' '));
      i += size;
    }
    texts.push(`${title}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return texts;
}

export function synthArticles(opts: SynthOptions): Article[] {
  return synthTexts(opts).map((text, i) => {
    const id = `synth-${String(i).padStart(5, '0')}`;
    return parseArticle({ id, path: `${id}.txt`, text, meta: {} });
  });
}
