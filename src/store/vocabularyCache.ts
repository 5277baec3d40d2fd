// The corpus statistics that comparing two articles needs (the sentence vocabulary and its
// document frequencies), kept in the cache folder so `rknews compare` reads them instead of
// tokenising the whole corpus. Keyed by a fingerprint of the articles and of the analysis code;
// a file for other articles, damaged or of the wrong shape is rebuilt over (a damaged one set aside).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Vocabulary } from '../analysis/align/tfidf';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import type { Article } from '../corpus/types';
import { printable } from '../corpus/sanitize';
import { damagedCacheWarning, readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';
import { VocabularyFileSchema } from './schemas';

const FORMAT = 'rknews-align-vocabulary-1';

export function vocabularyCacheFile(dir = storePaths().cache): string {
  return join(dir, 'align-vocabulary.json');
}

/** A fingerprint of every article's id and text, and of the code that turns them into terms. */
function vocabularyKey(articles: readonly Article[]): string {
  const hash = createHash('sha256').update(`${FORMAT}\u0000${ANALYSIS_VERSION}`);
  for (const article of articles) hash.update(`\u0000${article.id}\u0000${article.text.length}\u0000`).update(article.text);
  return hash.digest('base64url').slice(0, 32);
}

export interface CachedVocabulary {
  vocabulary: Vocabulary;
  from: 'cache' | 'built';
  /** For the user: a damaged file set aside, or a cache that could not be written. */
  warning: string | null;
}

export function cachedVocabulary(articles: readonly Article[], build: () => Vocabulary, file = vocabularyCacheFile()): CachedVocabulary {
  const key = vocabularyKey(articles);
  const read = readJsonFile(file, VocabularyFileSchema(FORMAT));
  if (read.status === 'ok' && read.value.key === key) {
    const { terms, df, docs } = read.value;
    return { vocabulary: { ids: new Map(terms.map((term, id) => [term, id])), df, docs }, from: 'cache', warning: null };
  }
  const damaged = read.status === 'corrupt' ? damagedCacheWarning('comparison', read) : null;
  const vocabulary = build();
  try {
    writeFileAtomic(file, JSON.stringify({ format: FORMAT, key, docs: vocabulary.docs, terms: [...vocabulary.ids.keys()], df: vocabulary.df }));
    return { vocabulary, from: 'built', warning: damaged };
  } catch (error) {
    const failed = `could not save the comparison cache: ${printable((error as Error).message)}`;
    return { vocabulary, from: 'built', warning: damaged ? `${damaged}; ${failed}` : failed };
  }
}
