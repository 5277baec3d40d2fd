// Look-ups in a sorted vocabulary: a word, the words a prefix starts, the words that end with
// or contain a fragment, and the words within a Damerau–Levenshtein distance of a typed word.
// Term ids are positions in the sorted list, so the words a prefix starts are one id range.

/** The first index in `terms` whose word is >= `word`. */
function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBound searching from `from` on, by doubling steps: a skip in a walk is usually short. */
function gallop(terms: readonly string[], word: string, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < terms.length && terms[hi] < word) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, terms.length);
  while (from < hi) {
    const mid = (from + hi) >> 1;
    if (terms[mid] < word) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** The id of `word`, or -1. */
export function termId(terms: readonly string[], word: string): number {
  const at = lowerBound(terms, word);
  return at < terms.length && terms[at] === word ? at : -1;
}

/** Ids [from, to) of the words starting with `prefix` (the word itself included). */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  // U+FFFF sorts after every code unit a folded word holds.
  return [from, lowerBound(terms, prefix + '\uffff')];
}

/** Ids of the words that end with `fragment` (mode 'suffix') or contain it ('infix'), the fragment itself left out. */
export function scanTerms(terms: readonly string[], fragment: string, mode: 'suffix' | 'infix'): number[] {
  const ids: number[] = [];
  for (let id = 0; id < terms.length; id++) {
    const w = terms[id];
    if (w !== fragment && (mode === 'suffix' ? w.endsWith(fragment) : w.includes(fragment))) ids.push(id);
  }
  return ids;
}

export interface FuzzyTerm {
  id: number;
  /** Edits between the word and the typed word. */
  distance: number;
  /** True when only a start of the word is that close (a word still being typed). */
  partial: boolean;
}

// Dynamic-programming rows, one per letter of the vocabulary word, reused between calls.
let rows = new Uint8Array(0);
let bestEnd = new Uint8Array(0);

/**
 * The words within `max` edits of `token` (optimal string alignment: a transposition of two
 * neighbouring letters is one edit), and with `partial`, also words one of whose starts is
 * that close. The sorted list is walked like a trie: neighbouring words share the rows of
 * their common prefix, and a prefix already more than `max` edits away skips every word
 * that starts with it.
 */
export function fuzzyTerms(terms: readonly string[], token: string, max: number, partial: boolean): FuzzyTerm[] {
  const out: FuzzyTerm[] = [];
  const m = token.length;
  const width = m + 1;
  const cap = 255;
  const ensure = (depth: number) => {
    if ((depth + 1) * width > rows.length) {
      const grown = new Uint8Array(Math.max(rows.length * 2, (depth + 1) * width * 2));
      grown.set(rows);
      rows = grown;
    }
    if (depth + 1 > bestEnd.length) {
      const grown = new Uint8Array(Math.max(bestEnd.length * 2, depth + 16));
      grown.set(bestEnd);
      bestEnd = grown;
    }
  };
  ensure(0);
  for (let j = 0; j <= m; j++) rows[j] = j;
  bestEnd[0] = m;
  let previous = '';
  let valid = 0; // rows[0..valid] hold the rows of previous's first `valid` letters
  let i = 0;
  outer: while (i < terms.length) {
    const word = terms[i];
    let depth = 0;
    const limit = Math.min(valid, word.length, previous.length);
    while (depth < limit && word.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    ensure(word.length);
    for (let d = depth + 1; d <= word.length; d++) {
      const row = d * width;
      const above = row - width;
      const twoAbove = above - width;
      const c = word.charCodeAt(d - 1);
      const value0 = Math.min(cap, d);
      rows[row] = value0;
      let rowMin = value0;
      for (let j = 1; j <= m; j++) {
        const t = token.charCodeAt(j - 1);
        let v = Math.min(rows[above + j] + 1, rows[row + j - 1] + 1, rows[above + j - 1] + (c === t ? 0 : 1));
        if (d > 1 && j > 1 && c === token.charCodeAt(j - 2) && word.charCodeAt(d - 2) === t) v = Math.min(v, rows[twoAbove + j - 2] + 1);
        v = Math.min(v, cap);
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      bestEnd[d] = Math.min(bestEnd[d - 1], rows[row + m]);
      if (rowMin > max) {
        // No word starting with word[0..d) can come back within reach.
        const skipTo = Math.max(gallop(terms, word.slice(0, d) + '\uffff', i + 1), i + 1);
        // ...but with `partial`, a start already close enough makes every such word a match.
        if (partial && bestEnd[d] <= max) for (let id = i; id < skipTo; id++) out.push({ id, distance: bestEnd[d], partial: true });
        previous = word;
        valid = d - 1;
        i = skipTo;
        continue outer;
      }
    }
    const distance = rows[word.length * width + m];
    if (distance <= max) out.push({ id: i, distance, partial: false });
    else if (partial && bestEnd[word.length] <= max) out.push({ id: i, distance: bestEnd[word.length], partial: true });
    previous = word;
    valid = word.length;
    i++;
  }
  return out;
}
