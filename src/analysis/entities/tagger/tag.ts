// Tags a text with the trained model: names of people, organisations, places (and other names,
// which the model learns so as not to take them for the three kinds) as character spans.
import { decodeLine, NTAGS, spansOf, transitionScores, type Scorer, type TagType } from './decode';
import {
  articleFeatures, docContext, initialFlags, lineFeatures, nameable, neighbourFeatures, OFFSETS, standingFeatures, wordAt, wordFeatures,
  type TaggerLexicon,
} from './features';
import { completeNames } from './complete';
import { refineSpans } from './refine';
import type { Weights } from './train';
import { tagLines, type TagLine } from './tokens';

export interface TaggedSpan {
  start: number;
  end: number;
  type: TagType;
  /** Stands in the headline (see TagLine.headline). */
  headline: boolean;
}

export interface Tagger {
  weights: Weights;
  lexicon: TaggerLexicon;
}

function scorerOf(weights: Weights): Scorer {
  return (features, scores) => {
    for (const f of features) {
      const pairs = weights[f];
      if (pairs) for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]] += pairs[k + 1];
    }
  };
}

/** Words whose scores are kept; past this the store starts again (a corpus has a few hundred thousand). */
const WORD_SCORES_KEPT = 200_000;
const wordScores = new WeakMap<Weights, ScoreStore>();

const scoreOf = (features: string[], score: Scorer): Float64Array => {
  const s = new Float64Array(NTAGS);
  score(features, s);
  return s;
};

const add = (to: Float64Array, from: Float64Array): void => {
  for (let t = 0; t < NTAGS; t++) to[t] += from[t];
};

interface ScoreStore {
  /** A number for each word (the line's start and end are -1 and -2). */
  id: (word: string) => number;
  /** Starts afresh when it holds too many words; called between texts, so no text sees two numberings. */
  trim: () => void;
  /** The scores of a word's own features. */
  own: (id: number, word: string) => Float64Array;
  /** The scores of the features a word gives the token `offset` places away. */
  neighbour: (id: number, offset: number, word: string) => Float64Array;
  /** The scores of a token's standing (see standingFeatures). */
  standing: (key: string) => Float64Array;
  transitions: Float64Array[];
}

/** Scores of features that depend on one word, kept per model across texts: most words recur. */
function scoreStore(weights: Weights): ScoreStore {
  let store = wordScores.get(weights);
  if (!store) wordScores.set(weights, (store = newStore(weights)));
  return store;
}

function newStore(weights: Weights): ScoreStore {
  let ids = new Map<string, number>();
  let own: Float64Array[] = [];
  let around: Float64Array[][] = OFFSETS.map(() => []);
  const edges = OFFSETS.map(() => new Map<number, Float64Array>());
  const scoreOfAll = (features: string[]): Float64Array => {
    const s = new Float64Array(NTAGS);
    for (const f of features) {
      const pairs = weights[f];
      if (pairs) for (let k = 0; k < pairs.length; k += 2) s[pairs[k]] += pairs[k + 1];
    }
    return s;
  };
  const standing = new Map<string, Float64Array>();
  return {
    transitions: transitionScores(scorerOf(weights)),
    standing(key) {
      let s = standing.get(key);
      if (!s) standing.set(key, (s = scoreOfAll(standingFeatures(key))));
      return s;
    },
    id(word) {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    },
    trim() {
      if (ids.size >= WORD_SCORES_KEPT) [ids, own, around] = [new Map(), [], OFFSETS.map(() => [])];
    },
    own: (id, word) => (own[id] ??= scoreOfAll(wordFeatures(word))),
    neighbour(id, offset, word) {
      const k = OFFSETS.indexOf(offset);
      if (id < 0) {
        let s = edges[k].get(id);
        if (!s) edges[k].set(id, (s = scoreOfAll(neighbourFeatures(word, offset))));
        return s;
      }
      return (around[k][id] ??= scoreOfAll(neighbourFeatures(word, offset)));
    },
  };
}

/** No name is longer: an embedded base64 blob or a URL is none. */
const MAX_NAME_TOKEN = 64;
const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * Tokens that may stand in a name: those training allows (see `nameable`), less two kinds newswire
 * annotation hardly has but other text does: a name never runs over a sentence end ("Kelmart. The
 * Commission"), and a blob of 64 characters or more is no name.
 */
function taggable(line: TagLine, tagger: Tagger): boolean[] {
  const ok = nameable(line, tagger.lexicon);
  return line.tokens.map((t, i) => ok[i] && t.text.length < MAX_NAME_TOKEN && !SENTENCE_END.has(t.text));
}

export function tagText(text: string, tagger: Tagger): TaggedSpan[] {
  const score = scorerOf(tagger.weights);
  const lines: TagLine[] = tagLines(text);
  const ctx = docContext(lines);
  const store = scoreStore(tagger.weights);
  store.trim();
  const inArticle = new Map<string, Float64Array>();
  const base = new Float64Array(NTAGS);
  const tagged = completeNames(lines, lines.map((line) => {
    const features = lineFeatures(line, ctx, tagger.lexicon);
    const ids = features.words.map(store.id);
    // Most features depend on one word (its own, a neighbour's, the article's contexts for it): scored once per word.
    const baseOf = (i: number): Float64Array => {
      base.set(store.own(ids[i], features.words[i]));
      add(base, store.standing(features.standing[i]));
      for (const o of OFFSETS) {
        const j = i + o;
        add(base, store.neighbour(j < 0 || j >= ids.length ? -1 - Number(j >= 0) : ids[j], o, wordAt(features, i, o)));
      }
      if (features.capital[i]) {
        const lower = features.words[i].toLowerCase();
        let s = inArticle.get(lower);
        if (!s) inArticle.set(lower, (s = scoreOf(articleFeatures(lower, ctx), score)));
        add(base, s);
      }
      return base;
    };
    return spansOf(decodeLine(features.context, score, taggable(line, tagger), baseOf, store.transitions));
  }));
  // The type each name has where the text tags it (its first), for the corrections that consult the rest of the text.
  const typeOf = new Map<string, TagType>();
  lines.forEach((line, li) => {
    for (const s of tagged[li]) {
      const name = text.slice(line.tokens[s.from].start, line.tokens[s.to].end).toLowerCase();
      if (!typeOf.has(name)) typeOf.set(name, s.type);
    }
  });
  const out: TaggedSpan[] = [];
  lines.forEach((line, li) => {
    for (const s of refineSpans(line.tokens, tagged[li], initialFlags(line), tagger.lexicon, (name) => typeOf.get(name))) {
      out.push({ ...s, headline: line.headline });
    }
  });
  return out;
}
