// English word stems (Porter2, from wink-porter2-stemmer): "quotas" finds "quota", "subsidies"
// "subsidy". Vocabulary words are stemmed when a query first asks, and remembered.
import porter2 from 'wink-porter2-stemmer';
import { prefixRange } from './vocabulary';

/** Stems of vocabulary words by id, filled as queries need them. */
const cache = new WeakMap<readonly string[], (string | undefined)[]>();

/** Words this short or with digits are left as they are. */
const STEMMABLE = /^[a-z]{4,}$/;

export function stem(word: string): string {
  return STEMMABLE.test(word) ? porter2(word) : word;
}

/** A stem's words mostly start with it, less its last letter ("subsidi": subsidy, subsidies). */
const MAX_SCAN = 3000;

/** Ids of the vocabulary words with the same stem as `word`, the word itself left out. */
export function sameStem(terms: readonly string[], word: string): number[] {
  if (!STEMMABLE.test(word)) return [];
  const target = porter2(word);
  const [from, to] = prefixRange(terms, target.length > 4 ? target.slice(0, -1) : target);
  if (to - from > MAX_SCAN) return [];
  let stems = cache.get(terms);
  if (!stems) cache.set(terms, (stems = []));
  const ids: number[] = [];
  for (let id = from; id < to; id++) {
    const t = terms[id];
    if (t === word) continue;
    const s = (stems[id] ??= stem(t));
    if (s === target) ids.push(id);
  }
  return ids;
}
