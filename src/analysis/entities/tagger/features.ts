// Features of each token for the sequence tagger: the word (truecased in lines written in capitals,
// from the case it has elsewhere in the article), its shape and affixes, its neighbours, gazetteer
// membership, the kind of line it stands in, and how the article writes the same word elsewhere.
import { ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_HEADS, PLACE_NOUNS, SPEECH_VERBS, TITLES } from '../cues';
import type { TagLine, TagToken } from './tokens';

/** The project's lists of news-style cues (titles, head words, role nouns), as classes of each word they hold. */
const CUES = new Map<string, string[]>();
for (const [cls, words] of Object.entries({ title: TITLES, role: PERSON_NOUNS, orgHead: ORG_HEADS, orgNoun: ORG_NOUNS, placeHead: PLACE_HEADS, placeNoun: PLACE_NOUNS, says: SPEECH_VERBS })) {
  for (const w of words) CUES.set(w, [...(CUES.get(w) ?? []), cls]);
}

const NO_CUES: readonly string[] = [];

/** The cue classes of a word as written (CUES), for the features that name them. */
export const cueClasses = (w: string): readonly string[] => CUES.get(w) ?? NO_CUES;

/** Word lists the features consult; they ship inside the model file. */
export interface TaggerLexicon {
  /** Words that newswire writes in lower case more often than capitalised. */
  lowercase: ReadonlySet<string>;
  /** Lower-cased names by class (country, region, city, demonym); several words joined by one space. */
  gazetteer: ReadonlyMap<string, ReadonlySet<string>>;
  /** Longest gazetteer name in tokens. */
  maxGazetteerTokens: number;
  /** Each gazetteer name with its classes, and every word sequence that starts a longer name: one lookup per step. */
  gazetteerIndex: ReadonlyMap<string, { classes: string[]; longer: boolean }>;
  /** Tokens without capitals or digits that annotated names contain ("of", "de", "&", "."); no others are part of a name. */
  inside: ReadonlySet<string>;
}

/**
 * "Rodong Sinmun, the party newspaper", "X, the company's chairman": the cue classes of the head of
 * the noun phrase after a comma (its last cue word, up to "of", "who" or punctuation).
 */
export function appositionCues(words: readonly string[], from: number): string[] {
  let found: string[] = [];
  for (let j = from; j < Math.min(words.length, from + 10); j++) {
    const w = words[j].replace(/’/g, "'");
    if (w === "'s" || w === "'") continue;
    if (!/^\p{L}/u.test(w) || APPOSITION_STOPS.has(w)) break;
    found = CUES.get(w) ?? found;
  }
  return found;
}

const APPOSITION_STOPS = new Set(['of', 'who', 'which', 'that', 'and', 'said', 'says']);

/** A token with a capital or a digit may be part of a name; others only if annotated names contain them. */
export const mayBeInside = (token: string): boolean => {
  // ASCII characters by their codes (this runs for every token); a regex from the first other one.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 128) return CAPITAL_OR_DIGIT.test(token);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
};
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

function gazetteerClasses(word: string, lex: TaggerLexicon): string[] {
  const out: string[] = [];
  if (!/^\p{Lu}/u.test(word)) return out;
  for (const [cls, names] of lex.gazetteer) if (names.has(word.toLowerCase()) || names.has(word)) out.push(cls);
  return out;
}

/** Curly apostrophes made straight; most words have none, so the check spares a regex run on every token. */
const straightApostrophes = (w: string): string => (w.includes('’') ? w.replace(/’/g, "'") : w);

/** Whether each token may be part of a name ("after" and ")" may not). */
export function nameable(line: TagLine, lex: TaggerLexicon): boolean[] {
  return line.tokens.map((t) => mayBeInside(t.text) || lex.inside.has(straightApostrophes(t.text)));
}

/**
 * The written forms of one word with their weights, in order of first appearance, as
 * [form, weight, form, weight, …]: most words have one or two forms, and a Map for each word of
 * each article was a large share of the tagger's allocations.
 */
export type FormWeights = (string | number)[];

/** What the article says about each word outside lines in capitals. */
export interface DocContext {
  /** lower-case word → how often each written form stands where its capital is not explained by position. */
  forms: Map<string, FormWeights>;
  /** Lower-case words the article writes in lower case somewhere. */
  lowerSeen: Set<string>;
  /**
   * Capitalised word (lower-cased) → the contexts it has anywhere in the running text: the lower-case
   * words and the cue classes beside it. "Rotor" after "club" once types it everywhere in the article.
   */
  contexts: Map<string, Set<string>>;
}

/** Contexts kept per word: enough for any word a news article repeats. */
const MAX_CONTEXTS = 24;

const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '--', '—']);
const isCaps = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);
const ALL_LOWER = /^\p{Ll}+$/u;

/** Whether a word starts with a capital; ASCII told without a regex (this runs several times per token). */
export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};

/** Whether a word starts with a letter; ASCII told without a regex. */
const startsWithLetter = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(w);
};

/** Whether each token of a line stands where any word is capitalised (line start, sentence start). */
export function initialFlags(line: TagLine): boolean[] {
  const flags: boolean[] = [];
  let atStart = true;
  for (const t of line.tokens) {
    flags.push(atStart);
    if (SENTENCE_END.has(t.text)) atStart = true;
    else if (!(atStart && OPENERS.has(t.text))) atStart = false;
  }
  return flags;
}

/** `initials`: each line's initialFlags, when the caller has them already. */
export function docContext(lines: TagLine[], initials?: boolean[][]): DocContext {
  const forms = new Map<string, FormWeights>();
  const lowerSeen = new Set<string>();
  const contexts = new Map<string, Set<string>>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.caps) continue;
    const initial = initials?.[li] ?? initialFlags(line);
    const tokens = line.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!startsWithLetter(t.text)) continue;
      const lower = t.text.toLowerCase();
      if (t.text === lower) lowerSeen.add(lower);
      else if (isCap(t.text)) {
        let c = contexts.get(lower);
        if (!c) contexts.set(lower, (c = new Set()));
        // Added in this order until the set is full: a full set is left as it is.
        if (c.size < MAX_CONTEXTS) {
          const prev = tokens[i - 1]?.text ?? '';
          const next = tokens[i + 1]?.text ?? '';
          const add = (item: string): void => {
            if (c.size < MAX_CONTEXTS) c.add(item);
          };
          if (ALL_LOWER.test(prev)) add(`p=${prev}`);
          if (ALL_LOWER.test(next)) add(`n=${next}`);
          for (const x of cueClasses(prev)) add(`c-1=${x}`);
          for (const x of cueClasses(next)) add(`c+1=${x}`);
        }
      }
      // A capital at a sentence start counts a little (a word may only ever start sentences).
      const weight = initial[i] ? 0.1 : 1;
      const f = forms.get(lower);
      if (!f) forms.set(lower, [t.text, weight]);
      else {
        const k = f.indexOf(t.text);
        if (k < 0) f.push(t.text, weight);
        else (f[k + 1] as number) += weight;
      }
    }
  }
  return { forms, lowerSeen, contexts };
}

/** The form a word in a line of capitals would have in running text: as the article writes it elsewhere, else by the lexicon. */
function trueCase(word: string, ctx: DocContext, lex: TaggerLexicon): string {
  const lower = word.toLowerCase();
  const forms = ctx.forms.get(lower);
  if (forms) {
    let best = word;
    let most = 0;
    for (let k = 0; k < forms.length; k += 2) {
      const n = forms[k + 1] as number;
      if (n > most) [best, most] = [forms[k] as string, n];
    }
    return best;
  }
  if (lex.lowercase.has(lower)) return lower;
  return word[0] + word.slice(1).toLowerCase();
}

export function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by its code (most words); other characters by their Unicode category.
    const c = code < 128
      ? (code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch)
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    // Runs longer than two collapse: "Xxxxx" and "Xxx" share "Xxx"... "Xx".
    if (!(out.length >= 2 && out[out.length - 1] === c && out[out.length - 2] === c)) out += c;
  }
  return out;
}

/**
 * Per class, a B/I/L/U mark for each token inside the longest gazetteer name starting at a capitalised
 * word. Names are kept in lower case, acronyms as written ("UN" is no "Un").
 */
export function gazetteerMarks(words: string[], lowers: string[], caps: boolean[], lex: TaggerLexicon): string[][] {
  const marks: string[][] = words.map(() => []);
  // Each class takes the longest name starting at a word, then goes on after it.
  const next = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (!caps[i]) continue;
    // The longest name of each class starting here.
    const longest = new Map<string, number>();
    for (const c of lex.gazetteerIndex.get(words[i])?.classes ?? []) longest.set(c, 1);
    let key = '';
    for (let n = 1; n <= lex.maxGazetteerTokens && i + n <= words.length; n++) {
      key = n === 1 ? lowers[i] : `${key} ${lowers[i + n - 1]}`;
      const entry = lex.gazetteerIndex.get(key);
      if (!entry) break;
      for (const c of entry.classes) longest.set(c, n);
      if (!entry.longer) break;
    }
    for (const [cls, found] of longest) {
      if ((next.get(cls) ?? 0) > i) continue;
      for (let k = 0; k < found; k++) {
        marks[i + k].push(`g${cls}=${found === 1 ? 'U' : k === 0 ? 'B' : k === found - 1 ? 'L' : 'I'}`);
      }
      next.set(cls, i + found);
    }
  }
  return marks;
}

/** The features of a word by itself: the same wherever it stands, so tagging can score them once per word. */
export function wordFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const f = [
    'b', `w=${w}`, `l=${l}`, `s=${shape(w)}`,
    `p1=${l.slice(0, 1)}`, `p2=${l.slice(0, 2)}`, `p3=${l.slice(0, 3)}`,
    `x1=${l.slice(-1)}`, `x2=${l.slice(-2)}`, `x3=${l.slice(-3)}`, `x4=${l.slice(-4)}`,
  ];
  for (const c of CUES.get(w) ?? []) f.push(`c=${c}`);
  return f;
}

/** What stands before the first and after the last token of a line. */
export const LINE_START = '<s>';
export const LINE_END = '</s>';

/** The features a word gives the token `offset` places away from it (-2, -1, 1 or 2). */
export function neighbourFeatures(w: string, offset: number): string[] {
  const sign = offset < 0 ? `${offset}` : `+${offset}`;
  const l = w === LINE_START || w === LINE_END ? w : w.toLowerCase();
  const f = [`l${sign}=${l}`];
  if (offset === -1 || offset === 1) {
    f.push(`s${sign}=${w === LINE_START || w === LINE_END ? w : shape(w)}`);
    for (const c of CUES.get(w) ?? []) f.push(`c${sign}=${c}`);
  }
  return f;
}

/** The contexts the article gives a capitalised word anywhere (DocContext.contexts). */
export function articleFeatures(lower: string, ctx: DocContext): string[] {
  return [...(ctx.contexts.get(lower) ?? [])].map((c) => `D${c}`);
}

/**
 * A line's tokens for the features: each one's word (truecased in lines of capitals, apostrophes
 * straight), whether it is capitalised, and its features that need the line around it. A token's
 * full feature list is `tokenFeatures`; tagging scores the parts that depend on one word once.
 */
export interface LineFeatures {
  words: string[];
  capital: boolean[];
  /** Where each token stands (kind of line, sentence start, shape, how the article writes it): a key for standingFeatures. */
  standing: string[];
  context: string[][];
}

/** The features of a token's standing (LineFeatures.standing): few distinct keys, so tagging scores each once. */
export function standingFeatures(key: string): string[] {
  const [kind, initial, s, doc, lx] = key.split('\t');
  const f = [`k=${kind}`, `ks=${kind}|${s}`, `i=${initial}|${s}`];
  if (doc !== undefined) f.push(`d=${initial}${doc}`, `lx=${lx}${initial}`);
  return f;
}

export const OFFSETS = [-2, -1, 1, 2];

/** The word `offset` places from token i, or the line's start or end. */
export const wordAt = (line: LineFeatures, i: number, offset: number): string =>
  i + offset < 0 ? LINE_START : i + offset >= line.words.length ? LINE_END : line.words[i + offset];

/** Every feature of token i. */
export function tokenFeatures(line: LineFeatures, i: number, ctx: DocContext): string[] {
  return [
    ...wordFeatures(line.words[i]),
    ...OFFSETS.flatMap((o) => neighbourFeatures(wordAt(line, i, o), o)),
    ...(line.capital[i] ? articleFeatures(line.words[i].toLowerCase(), ctx) : []),
    ...standingFeatures(line.standing[i]),
    ...line.context[i],
  ];
}

/**
 * A line's words as the features read them: truecased in lines of capitals, apostrophes straight
 * (curly and straight apostrophes read alike: "People’s Republic").
 */
export function lineWords(line: TagLine, ctx: DocContext, lex: TaggerLexicon): string[] {
  return line.tokens.map((t) => straightApostrophes(line.caps && isCaps(t.text) ? trueCase(t.text, ctx, lex) : t.text));
}

/**
 * The features of token i that few tokens have: gazetteer marks (its own and its neighbours'), the
 * head of a noun phrase in apposition, and what the gazetteer knows of a hyphenated word's parts.
 */
export function sparseContext(words: readonly string[], tokens: readonly TagToken[], gaz: readonly string[][], i: number, lex: TaggerLexicon): string[] {
  const f = gaz[i].slice();
  if (tokens[i + 1]?.text === ',') for (const c of appositionCues(words, i + 2)) f.push(`app=${c}`);
  // "Reuters-Yonhap", "Franco-German": what the gazetteer knows of each part.
  const w = words[i];
  if (w.includes('-')) for (const part of w.split('-')) for (const cls of gazetteerClasses(part, lex)) f.push(`gp=${cls}`);
  if (i > 0) for (const g of gaz[i - 1]) f.push(`-${g}`);
  if (i + 1 < tokens.length) for (const g of gaz[i + 1]) f.push(`+${g}`);
  return f;
}

/** The kind of line a token stands in, for the standing features: capitals, headline, sentence, share of figures. */
export const lineKind = (line: TagLine): string =>
  `${line.caps ? 'C' : 'c'}${line.headline ? 'H' : 'h'}${line.sentence ? 'S' : 's'}${Math.min(line.numeric, 5)}`;

/** How the article writes a capitalised word where position explains nothing (a name keeps its capital), and whether newswire writes it in lower case. */
export function docStanding(lower: string, ctx: DocContext, lex: TaggerLexicon): string {
  const forms = ctx.forms.get(lower);
  let capMid = 0;
  if (forms) {
    for (let k = 0; k < forms.length; k += 2) {
      const n = forms[k + 1] as number;
      if (isCap(forms[k] as string) && n >= 1) capMid += n;
    }
  }
  return `${ctx.lowerSeen.has(lower) ? 1 : 0}${capMid > 0 ? 1 : 0}\t${lex.lowercase.has(lower) ? 1 : 0}`;
}

/** The features of every token of a line that do not depend on the tags before it. */
export function lineFeatures(line: TagLine, ctx: DocContext, lex: TaggerLexicon): LineFeatures {
  const toks: TagToken[] = line.tokens;
  const initial = initialFlags(line);
  const words = lineWords(line, ctx, lex);
  const lowers = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const capital = toks.map((t) => isCap(t.text));
  const gaz = gazetteerMarks(words, lowers, capital, lex);
  const at = (arr: string[], i: number): string => (i < 0 ? LINE_START : i >= arr.length ? LINE_END : arr[i]);
  const kind = lineKind(line);
  const context = toks.map((_, i) => [
    `l-1l=${at(lowers, i - 1)}|${lowers[i]}`, `ll+1=${lowers[i]}|${at(lowers, i + 1)}`,
    `sss=${at(shapes, i - 1)}|${shapes[i]}|${at(shapes, i + 1)}`,
    ...sparseContext(words, toks, gaz, i, lex),
  ]);
  const standing = toks.map((_, i) => {
    const key = `${kind}\t${initial[i] ? 1 : 0}\t${shapes[i]}`;
    return isCap(words[i]) ? `${key}\t${docStanding(lowers[i], ctx, lex)}` : key;
  });
  return { words, capital: words.map(isCap), standing, context };
}
