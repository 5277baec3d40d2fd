// Shared test inputs: the bundled seeds as a Corpus, and Articles made from literal text.
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus';
import { parseArticle } from '../../src/corpus/parse';
import type { Article, Corpus, StatedMeta } from '../../src/corpus/types';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));

let seeds: Corpus | undefined;

/** The five bundled seed articles, loaded once per test file. */
export function seedCorpus(): Corpus {
  seeds ??= loadCorpus([SEEDS_DIR]);
  return seeds;
}

/** The seed whose id starts with the given prefix, e.g. seedArticle('002'). */
export function seedArticle(prefix: string): Article {
  const found = seedCorpus().articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no seed article ${prefix}`);
  return found;
}

export function articleFromText(text: string, id = 'test', meta: StatedMeta = {}): Article {
  return parseArticle({ id, path: `${id}.txt`, text, meta });
}
