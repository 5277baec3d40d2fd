// English word stems (Porter2, from wink-porter2-stemmer): "quotas" finds "quota", "subsidies"
// "subsidy". Words are stemmed when a query first asks, and remembered.
import porter2 from 'wink-porter2-stemmer';
import { prefixRange } from './vocabulary';

/** Words this short or with digits are left as they are. */
const STEMMABLE = /^[a-z]{4,}$/;

/** Stems already computed: the words on screen and in the vocabulary repeat across keystrokes. */
const known = new Map<string, string>();
const KNOWN_MAX = 200_000;

export function stem(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  let s = known.get(word);
  if (s === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(word, (s = porter2(word)));
  }
  return s;
}

/** A stem's words mostly start with it, less its last letter ("subsidi": subsidy, subsidies). */
const MAX_SCAN = 3000;

/** Ids of the vocabulary words with the same stem as `word`, the word itself left out. */
export function sameStem(terms: readonly string[], word: string): number[] {
  if (!STEMMABLE.test(word)) return [];
  const target = stem(word);
  const [from, to] = prefixRange(terms, target.length > 4 ? target.slice(0, -1) : target);
  if (to - from > MAX_SCAN) return [];
  const ids: number[] = [];
  for (let id = from; id < to; id++) if (terms[id] !== word && stem(terms[id]) === target) ids.push(id);
  return ids;
}
