// Each token's score for each tag, as the sum of its features' weights (features.ts), computed
// without building most feature strings: tagging a corpus looks at millions of tokens, and building
// and hashing a dozen strings per token was most of the tagger's cost. Features of one word (its own,
// a neighbour's) are scored once per word and kept; word pairs and shape triples are looked up by
// number in indexes built once from the weights; only the few sparse features stay strings.
import { NTAGS, transitionScores, type Scorer } from './decode';
import {
  articleFeatures, docStanding, gazetteerMarks, initialFlags, isCap, LINE_END, LINE_START, lineKind, lineWords,
  shape, sparseContext, standingFeatures, type DocContext, type TaggerLexicon,
} from './features';
import type { TagLine } from './tokens';
import type { Weights } from './train';
import { NO_VECTOR, VectorArena, type VectorAt } from './vectors';
import { neighbourScores, ownScores, wordKinds, type WordKinds } from './wordScores';

type Vector = Float64Array;

/** What tagging keeps of one word (as the features read it: truecased, apostrophes straight). */
interface WordEntry {
  lower: string;
  shape: string;
  capital: boolean;
  /** Scores of its own features (wordFeatures), in the model's arena. */
  own: VectorAt;
  /** Scores of the features it gives the token 2 and 1 places after it and 1 and 2 places before it (OFFSETS -2, -1, 1, 2); NO_VECTOR where they are all 0 (the add is skipped). */
  asTwoBefore: VectorAt;
  asBefore: VectorAt;
  asAfter: VectorAt;
  asTwoAfter: VectorAt;
  /** Its number among the words of the model's word-pair features, as the earlier and as the later word (-1: in none). */
  beforeId: number;
  afterId: number;
  /** The pair and triple features it starts, by the number of the rest (PartIndex.vectors): one lookup fewer per token. */
  startsBefore?: Map<number, Vector>;
  startsAfter?: Map<number, Vector>;
  startsShapes?: Map<number, Vector>;
  /** Some gazetteer name starts with it. */
  gazetteer: boolean;
  /** Its shape's number among the model's shape-triple features (-1: in none). */
  shapeId: number;
  /** Its number among the shapes tagging has met (for the standing keys). */
  shapeKey: number;
}

/**
 * The weights of one kind of feature over two or three parts, by the parts' numbers: the first
 * part's, then the rest's as one number (kept small: a Map hashes small integers fastest).
 */
interface PartIndex {
  ids: Map<string, number>;
  vectors: Map<number, Map<number, Vector>>;
}

/** Words kept; past this the store starts again between texts (a corpus has a few hundred thousand). */
const WORDS_KEPT = 200_000;

export interface EmissionModel {
  weights: Weights;
  lexicon: TaggerLexicon;
  transitions: Vector[];
  score: Scorer;
  /** Adds the weights of features into the vector at an offset of an array. */
  scoreAt: (features: readonly string[], data: Float64Array, at: number) => void;
  /** The weights of a word's own and neighbour features, by kind. */
  kinds: WordKinds;
  /** The word store's vectors (and the line edges', kept through resets). */
  arena: VectorArena;
  /** The vectors of the text being tagged (inArticle). */
  textArena: VectorArena;
  /** Scratch for lineEmissions' result. */
  emit: Float64Array;
  /** Word-pair features: `l-1l=a|b` scores b, `ll+1=a|b` scores a. */
  before: PartIndex;
  after: PartIndex;
  /** Shape-triple features `sss=a|b|c`, scoring b. */
  shapes: PartIndex;
  words: Map<string, WordEntry>;
  /** The words of the text being tagged: a small map found in cache, where the store is large and mostly not. */
  textWords: Map<string, WordEntry>;
  edges: WordEntry[];
  /** Scratch for lineEmissions: the line's word entries, and NO_MARKS for a line without gazetteer marks. */
  entries: WordEntry[];
  noMarks: string[][];
  shapeKeys: Map<string, number>;
  standing: Map<number, VectorAt>;
}

/** Adds the weights of features into scores. A Map looks a built string up faster than an object of 50,000 keys. */
export function scorerOf(weights: Weights): Scorer {
  const scoreAt = scorerAt(new Map(Object.entries(weights)));
  return (features, scores) => scoreAt(features, scores, 0);
}

function scorerAt(byFeature: Map<string, number[]>): EmissionModel['scoreAt'] {
  return (features, data, at) => {
    for (const f of features) {
      const pairs = byFeature.get(f);
      if (pairs) for (let k = 0; k < pairs.length; k += 2) data[at + pairs[k]] += pairs[k + 1];
    }
  };
}

/**
 * A feature's parts (`a|b`, `a|b|c`): each part is a token's word or shape, which never holds "|"
 * unless it is the token "|" itself, so a part that starts with "|" is that token.
 */
function splitParts(rest: string, count: number): string[] | undefined {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    let end: number;
    if (rest[at] === '|') end = at + 1;
    else {
      end = rest.indexOf('|', at);
      if (end < 0) end = rest.length;
    }
    parts.push(rest.slice(at, end));
    at = end + 1;
  }
  return at === rest.length + 1 && parts.every((p) => p.length > 0) ? parts : undefined;
}

function partIndex(weights: Weights, prefix: string, count: number): PartIndex {
  const ids = new Map<string, number>();
  const entries: [string[], number[]][] = [];
  for (const f of Object.keys(weights)) {
    if (!f.startsWith(prefix)) continue;
    const parts = splitParts(f.slice(prefix.length), count);
    if (!parts) continue;
    for (const p of parts) if (!ids.has(p)) ids.set(p, ids.size);
    entries.push([parts, weights[f]]);
  }
  const vectors = new Map<number, Map<number, Vector>>();
  for (const [parts, pairs] of entries) {
    const v = new Float64Array(NTAGS);
    for (let k = 0; k < pairs.length; k += 2) v[pairs[k]] += pairs[k + 1];
    const [first, ...rest] = parts.map((p) => ids.get(p)!);
    let inner = vectors.get(first);
    if (!inner) vectors.set(first, (inner = new Map()));
    inner.set(rest.reduce((key, id) => key * ids.size + id, 0), v);
  }
  return { ids, vectors };
}


const models = new WeakMap<Weights, EmissionModel>();

/** The model's indexes, built once per set of weights (a few tens of milliseconds). */
export function emissionModel(weights: Weights, lexicon: TaggerLexicon): EmissionModel {
  let model = models.get(weights);
  if (!model) {
    const scoreAt = scorerAt(new Map(Object.entries(weights)));
    const score: Scorer = (features, scores) => scoreAt(features, scores, 0);
    const m: EmissionModel = {
      weights, lexicon, score, scoreAt, transitions: transitionScores(score),
      kinds: wordKinds(weights), arena: new VectorArena(), textArena: new VectorArena(), emit: new Float64Array(0),
      before: partIndex(weights, 'l-1l=', 2), after: partIndex(weights, 'll+1=', 2), shapes: partIndex(weights, 'sss=', 3),
      words: new Map(), textWords: new Map(), edges: [], entries: [], noMarks: [], shapeKeys: new Map(), standing: new Map(),
    };
    m.edges = [LINE_START, LINE_END].map((w) => edgeEntry(m, w));
    m.arena.keepAll();
    models.set(weights, (model = m));
  }
  return model;
}

/** A new vector in `arena` scoring `features`. */
function vectorOf(m: EmissionModel, arena: VectorArena, features: string[]): VectorAt {
  const at = arena.alloc();
  m.scoreAt(features, arena.data, at);
  return at;
}

/** The vector the word gives the token OFFSETS[k] places away, or NO_VECTOR if it adds nothing: a skipped add leaves every score as it was. */
function around(m: EmissionModel, k: number, w: string, lower: string, shape: string): VectorAt {
  const at = neighbourScores(m.kinds, m.arena, k, w, lower, shape);
  if (m.arena.nonZero(at)) return at;
  m.arena.freeLast(at);
  return NO_VECTOR;
}

/** The line's start or end, which gives only neighbour features. */
function edgeEntry(m: EmissionModel, w: string): WordEntry {
  return withStarts(m, {
    lower: w, shape: w, capital: false, own: m.arena.alloc(),
    asTwoBefore: around(m, 0, w, w, w), asBefore: around(m, 1, w, w, w), asAfter: around(m, 2, w, w, w), asTwoAfter: around(m, 3, w, w, w),
    beforeId: m.before.ids.get(w) ?? -1, afterId: m.after.ids.get(w) ?? -1, gazetteer: false,
    shapeId: m.shapes.ids.get(w) ?? -1, shapeKey: -1,
  });
}

function withStarts(m: EmissionModel, e: WordEntry): WordEntry {
  e.startsBefore = m.before.vectors.get(e.beforeId);
  e.startsAfter = m.after.vectors.get(e.afterId);
  e.startsShapes = m.shapes.vectors.get(e.shapeId);
  return e;
}

function wordEntry(m: EmissionModel, w: string): WordEntry {
  let e = m.textWords.get(w);
  if (e) return e;
  e = m.words.get(w);
  if (!e) {
    const lower = w.toLowerCase();
    const s = shape(w);
    let shapeKey = m.shapeKeys.get(s);
    if (shapeKey === undefined) m.shapeKeys.set(s, (shapeKey = m.shapeKeys.size));
    e = withStarts(m, {
      lower, shape: s, capital: isCap(w),
      own: ownScores(m.kinds, m.arena, w, lower, s),
      asTwoBefore: around(m, 0, w, lower, s), asBefore: around(m, 1, w, lower, s),
      asAfter: around(m, 2, w, lower, s), asTwoAfter: around(m, 3, w, lower, s),
      beforeId: m.before.ids.get(lower) ?? -1, afterId: m.after.ids.get(lower) ?? -1,
      gazetteer: m.lexicon.gazetteerIndex.has(lower) || m.lexicon.gazetteerIndex.has(w),
      shapeId: m.shapes.ids.get(s) ?? -1, shapeKey,
    });
    m.words.set(w, e);
  }
  m.textWords.set(w, e);
  return e;
}

/** Called between texts: forgets the last text's words, and starts the word store afresh when it holds too many. */
export function trimWords(m: EmissionModel): void {
  m.textWords = new Map();
  m.textArena.reset();
  if (m.words.size >= WORDS_KEPT) {
    m.words = new Map();
    m.shapeKeys = new Map();
    m.standing = new Map();
    m.arena.reset();
  }
}

const NO_MARKS: string[] = [];

/** No gazetteer marks for each of at least n + 1 tokens (lineEmissions reads the mark after the last token). */
function noMarks(m: EmissionModel, n: number): string[][] {
  while (m.noMarks.length <= n) m.noMarks.push(NO_MARKS);
  return m.noMarks;
}

// Written out for the 17 tags: adding vectors is most of tagging's arithmetic, and a loop over a bound
// V8 cannot see as constant took about twice as long.
if (NTAGS !== 17) throw new Error(`emissions: add() is written for 17 tags, not ${NTAGS}`);
const add = (to: Vector, at: number, from: Vector): void => addAt(to, at, from, 0);
const addAt = (to: Vector, at: number, data: Vector, k: number): void => {
  to[at] += data[k]; to[at + 1] += data[k + 1]; to[at + 2] += data[k + 2]; to[at + 3] += data[k + 3];
  to[at + 4] += data[k + 4]; to[at + 5] += data[k + 5]; to[at + 6] += data[k + 6]; to[at + 7] += data[k + 7];
  to[at + 8] += data[k + 8]; to[at + 9] += data[k + 9]; to[at + 10] += data[k + 10]; to[at + 11] += data[k + 11];
  to[at + 12] += data[k + 12]; to[at + 13] += data[k + 13]; to[at + 14] += data[k + 14]; to[at + 15] += data[k + 15];
  to[at + 16] += data[k + 16];
};

/** Line kinds (capitals, headline, sentence, figures 0–5) by number, for the standing keys. */
const lineKindCode = (line: TagLine): number =>
  ((Number(line.caps) * 2 + Number(line.headline)) * 2 + Number(line.sentence)) * 6 + Math.min(line.numeric, 5);

/**
 * The scores of each token of a line for each tag (row i for token i), as features.ts defines its
 * features. The array is the model's scratch, valid until the next call; rows past the line's are not its.
 */
export function lineEmissions(
  m: EmissionModel, line: TagLine, ctx: DocContext, inArticle: Map<string, VectorAt>, docKeys: Map<string, string>,
  initial: boolean[] = initialFlags(line),
): Float64Array {
  const lex = m.lexicon;
  const tokens = line.tokens;
  const n = tokens.length;
  const words = lineWords(line, ctx, lex);
  // The line's entries and its empty marks go in scratch arrays kept on the model: two fresh arrays a line were young-generation garbage.
  const entries = m.entries;
  for (let i = 0; i < n; i++) entries[i] = wordEntry(m, words[i]);
  if (m.emit.length < n * NTAGS) m.emit = new Float64Array(n * NTAGS * 2);
  const emit = m.emit;
  emit.fill(0, 0, n * NTAGS);
  const kindCode = lineKindCode(line);
  const at = (i: number): WordEntry => (i < 0 ? m.edges[0] : i >= n ? m.edges[1] : entries[i]);
  // Gazetteer marks start at a token written with a capital (not its truecased form); most lines have none.
  // A word no gazetteer name starts with starts no mark, so only capitals that start one are looked up.
  let starts: boolean[] | undefined;
  for (let i = 0; i < n; i++) {
    if (entries[i].gazetteer && isCap(tokens[i].text)) (starts ??= new Array<boolean>(n).fill(false))[i] = true;
  }
  const gaz = starts ? gazetteerMarks(words, entries.slice(0, n).map((e) => e.lower), starts, lex) : noMarks(m, n);
  for (let i = 0; i < n; i++) {
    const row = i * NTAGS;
    const e = entries[i];
    const store = m.arena.data;
    addAt(emit, row, store, e.own);
    const prev = at(i - 1);
    const next = at(i + 1);
    const before2 = at(i - 2).asTwoBefore;
    if (before2 !== NO_VECTOR) addAt(emit, row, store, before2);
    if (prev.asBefore !== NO_VECTOR) addAt(emit, row, store, prev.asBefore);
    if (next.asAfter !== NO_VECTOR) addAt(emit, row, store, next.asAfter);
    const after2 = at(i + 2).asTwoAfter;
    if (after2 !== NO_VECTOR) addAt(emit, row, store, after2);
    if (e.capital) {
      let s = inArticle.get(e.lower);
      if (s === undefined) inArticle.set(e.lower, (s = vectorOf(m, m.textArena, articleFeatures(e.lower, ctx))));
      addAt(emit, row, m.textArena.data, s);
    }
    // Word pairs: "l-1l=prev|this" and "ll+1=this|next".
    if (prev.startsBefore && e.beforeId >= 0) {
      const v = prev.startsBefore.get(e.beforeId);
      if (v) add(emit, row, v);
    }
    if (e.startsAfter && next.afterId >= 0) {
      const v = e.startsAfter.get(next.afterId);
      if (v) add(emit, row, v);
    }
    if (prev.startsShapes && e.shapeId >= 0 && next.shapeId >= 0) {
      const v = prev.startsShapes.get(e.shapeId * m.shapes.ids.size + next.shapeId);
      if (v) add(emit, row, v);
    }
    const standing = standingScores(m, kindCode, line, initial[i], e, ctx, docKeys);
    addAt(emit, row, m.arena.data, standing);
    // Most tokens have none of the sparse features: no gazetteer mark near, no comma after, no hyphen.
    const sparse = gaz[i].length > 0 || gaz[i - 1]?.length > 0 || gaz[i + 1]?.length > 0 || tokens[i + 1]?.text === ',' || words[i].includes('-');
    if (sparse) m.scoreAt(sparseContext(words, tokens, gaz, i, lex), emit, row);
  }
  return emit;
}

/** The scores of a token's standing features (features.ts: standingFeatures), kept by a numeric key. */
function standingScores(
  m: EmissionModel, kindCode: number, line: TagLine, initial: boolean, e: WordEntry, ctx: DocContext, docKeys: Map<string, string>,
): VectorAt {
  // How the article writes the word: one of 8 codes for a capitalised word, 0 for any other.
  let doc = '';
  let docCode = 0;
  if (e.capital) {
    let d = docKeys.get(e.lower);
    if (d === undefined) docKeys.set(e.lower, (d = docStanding(e.lower, ctx, m.lexicon)));
    doc = d;
    docCode = 1 + (d.charCodeAt(0) - 48) * 4 + (d.charCodeAt(1) - 48) * 2 + (d.charCodeAt(3) - 48);
  }
  const key = ((e.shapeKey * 48 + kindCode) * 2 + Number(initial)) * 9 + docCode;
  let v = m.standing.get(key);
  if (v === undefined) {
    const base = `${lineKind(line)}\t${initial ? 1 : 0}\t${e.shape}`;
    m.standing.set(key, (v = vectorOf(m, m.arena, standingFeatures(e.capital ? `${base}\t${doc}` : base))));
  }
  return v;
}
