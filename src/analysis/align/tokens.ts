// Words of a text range, reduced to comparable terms: lower case, stopwords dropped, light stemming.
import type { Span } from '../../corpus/types';

/** One word as it stands in the text. */
export interface WordToken {
  /** The surface form, e.g. "Kim", "U.S.", "launches". */
  surface: string;
  start: number;
  end: number;
}

// Dotted acronyms ("U.S.", "U.N.") first, so they stay one word; otherwise runs of letters and digits.
// Hyphens and apostrophes split words, which makes "Kim Jong-un" and "Kim Jong Un" the same three
// words and turns "Russia's" into "Russia" plus a one-letter leftover that is dropped.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+/gu;

export function wordTokens(text: string, span: Span): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(WORD)) {
    const start = span.start + match.index;
    tokens.push({ surface: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Function words, contraction leftovers and reporting verbs: present in nearly every news sentence,
 *  so they would make unrelated sentences look alike in small corpora where IDF cannot tell. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves may might must shall us its upon via per yet still even
  well much many however although though whether either neither since among amid within without
  don doesn didn isn aren wasn weren won wouldn couldn shouldn hasn haven hadn ll ve re
  said say says saying told tell according mr mrs ms dr`.split(/\s+/),
);

const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const NUMBER = /^\p{N}+$/u;

// Word forms repeat heavily across a corpus; a bounded memo saves most of the regex work.
const termMemo = new Map<string, string | null>();
const TERM_MEMO_LIMIT = 200_000;

/** The comparable term for a word, or null when the word carries no content. */
export function termOf(surface: string): string | null {
  const known = termMemo.get(surface);
  if (known !== undefined) return known;
  const term = computeTerm(surface);
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(surface, term);
  return term;
}

function computeTerm(surface: string): string | null {
  // Acronyms are kept whole and unstemmed: "US" and "U.S." are one term, and never the stopword "us".
  if (DOTTED_ACRONYM.test(surface)) return surface.replaceAll('.', '').toLowerCase();
  if (ACRONYM.test(surface)) return surface.toLowerCase();
  const lower = surface.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower)) return null;
  if (NUMBER.test(lower)) return lower;
  return stem(/^\p{Lu}/u.test(surface) ? demonymToPlace(lower) : lower);
}

/** "Russian" → "russia", "Korean" → "korea", "Indians" → "india": one outlet writes "Russian
 *  President", another "Russia's president". Only for capitalised words, where "-an" is most often a
 *  demonym; the rest ("German", "Ukrainian") just become stems that still agree with each other. */
function demonymToPlace(word: string): string {
  const singular = word.endsWith('ans') ? word.slice(0, -1) : word;
  return singular.length > 5 && singular.endsWith('an') ? singular.slice(0, -1) : word;
}

/**
 * A light suffix stripper (plural, -ed, -ing, final e), far short of Porter's but enough that
 * "launches", "launched" and "launch", or "invited" and "invite", meet. Stems need not be words;
 * they only have to agree across forms.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));

  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// "planned" → "plann" → "plan", so it meets "plan"; "ll", "ss" and "zz" are kept ("called", "passed").
function undouble(w: string): string {
  const last = w.at(-1) ?? '';
  return w.length > 3 && last === w.at(-2) && /[b-df-hj-km-np-rtv-y]/.test(last) && !'lsz'.includes(last)
    ? w.slice(0, -1)
    : w;
}
