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

/**
 * The sorted vocabulary laid out for walking it as a trie: its letters in one array (a walk
 * reads letters of tens of thousands of words; strings scattered over the heap made that
 * mostly cache misses), `lcp[i]`, how many leading letters word i shares with word i - 1 (at
 * most 255), and `nextLower[i]`, the first word after i sharing fewer with its predecessor, so
 * a walk skips every word that starts like word i in a few jumps instead of comparing strings.
 */
interface Shape {
  letters: Uint16Array;
  /** Word i's letters are letters[starts[i]..starts[i + 1]). */
  starts: Uint32Array;
  lcp: Uint8Array;
  nextLower: Uint32Array;
}

const shapes = new WeakMap<readonly string[], Shape>();

function shapeOf(terms: readonly string[]): Shape {
  let shape = shapes.get(terms);
  if (shape) return shape;
  const n = terms.length;
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + terms[i].length;
  const letters = new Uint16Array(starts[n]);
  for (let i = 0; i < n; i++) for (let k = 0, w = terms[i]; k < w.length; k++) letters[starts[i] + k] = w.charCodeAt(k);
  const lcp = new Uint8Array(n + 1); // lcp[n] = 0 ends every block
  for (let i = 1; i < n; i++) {
    const a = starts[i - 1];
    const b = starts[i];
    const limit = Math.min(b - a, starts[i + 1] - b, 255);
    let k = 0;
    while (k < limit && letters[a + k] === letters[b + k]) k++;
    lcp[i] = k;
  }
  const nextLower = new Uint32Array(n + 1).fill(n);
  const stack: number[] = [];
  for (let i = 0; i <= n; i++) {
    while (stack.length && lcp[stack[stack.length - 1]] > lcp[i]) nextLower[stack.pop()!] = i;
    stack.push(i);
  }
  shapes.set(terms, (shape = { letters, starts, lcp, nextLower }));
  return shape;
}

/** Lays the vocabulary out for typo walks now, while an index is being made, not at the first walk (~6 ms on Reuters). */
export function prepareVocabulary(terms: readonly string[]): void {
  shapeOf(terms);
}

/**
 * The first word after `i` that does not start with the first `depth` letters of word i: every
 * word skipped shares at least `depth` letters with its predecessor, so the word reached shares
 * with word i exactly what it shares with its own predecessor (`lcp` of it).
 */
function blockEnd(shape: Shape, i: number, depth: number): number {
  const { lcp, nextLower } = shape;
  let j = i + 1;
  while (lcp[j] >= depth) j = nextLower[j];
  return j;
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
  const shape = shapeOf(terms);
  const m = token.length;
  // codes[j] is the token's j-th letter (1-based); codes[0] matches no letter.
  const codes = new Int32Array(m + 1);
  codes[0] = -2;
  for (let j = 1; j <= m; j++) codes[j] = token.charCodeAt(j - 1);
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
  const { letters, starts, lcp } = shape;
  let valid = 0; // rows[0..valid] hold the rows of the previous word's first `valid` letters
  let i = 0;
  outer: while (i < terms.length) {
    // The previous word is word i - 1, or one a skip left, sharing with word i what i - 1 does (see blockEnd).
    const depth = Math.min(valid, lcp[i]);
    const at = starts[i];
    const length = starts[i + 1] - at;
    ensure(length);
    for (let d = depth + 1; d <= length; d++) {
      const row = d * width;
      const above = row - width;
      const twoAbove = above - width;
      const c = letters[at + d - 1];
      const value0 = Math.min(cap, d);
      rows[row] = value0;
      let rowMin = value0;
      const before = d > 1 ? letters[at + d - 2] : -1;
      // Plain comparisons instead of Math.min: this loop is most of a typo walk.
      for (let j = 1; j <= m; j++) {
        const t = codes[j];
        let v = rows[above + j - 1] + (c === t ? 0 : 1);
        const del = rows[above + j] + 1;
        if (del < v) v = del;
        const ins = rows[row + j - 1] + 1;
        if (ins < v) v = ins;
        if (c === codes[j - 1] && before === t && j > 1) {
          const swap = rows[twoAbove + j - 2] + 1;
          if (swap < v) v = swap;
        }
        if (v > cap) v = cap;
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      bestEnd[d] = Math.min(bestEnd[d - 1], rows[row + m]);
      if (rowMin > max) {
        // No word starting with word[0..d) can come back within reach.
        const skipTo = blockEnd(shape, i, d);
        // ...but with `partial`, a start already close enough makes every such word a match.
        if (partial && bestEnd[d] <= max) for (let id = i; id < skipTo; id++) out.push({ id, distance: bestEnd[d], partial: true });
        valid = d - 1;
        i = skipTo;
        continue outer;
      }
    }
    const distance = rows[length * width + m];
    if (distance <= max) out.push({ id: i, distance, partial: false });
    else if (partial && bestEnd[length] <= max) out.push({ id: i, distance: bestEnd[length], partial: true });
    valid = length;
    i++;
  }
  return out;
}
