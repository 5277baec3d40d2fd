// Tags a text with the trained model: names of people, organisations, places (and other names,
// which the model learns so as not to take them for the three kinds) as character spans.
import { decodeScores, spansOf, type TagType } from './decode';
import { emissionModel, lineEmissions, trimWords } from './emissions';
import { docContext, initialFlags, nameable, type TaggerLexicon } from './features';
import { completeNames } from './complete';
import { refineSpans } from './refine';
import type { Weights } from './train';
import { tagLines, type TagLine } from './tokens';
import type { VectorAt } from './vectors';

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
  const model = emissionModel(tagger.weights, tagger.lexicon);
  trimWords(model);
  const lines: TagLine[] = tagLines(text);
  // Where sentences start, once per line: the document context, the scores and the corrections all read it.
  const initials = lines.map(initialFlags);
  const ctx = docContext(lines, initials);
  // Per article: the scores of the article's contexts for each capitalised word, and how it writes each.
  const inArticle = new Map<string, VectorAt>();
  const docKeys = new Map<string, string>();
  const tagged = completeNames(lines, lines.map((line, li) => {
    const emit = lineEmissions(model, line, ctx, inArticle, docKeys, initials[li]);
    return spansOf(decodeScores(emit, line.tokens.length, model.transitions, taggable(line, tagger)));
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
    for (const s of refineSpans(line.tokens, tagged[li], initials[li], tagger.lexicon, (name) => typeOf.get(name))) {
      out.push({ ...s, headline: line.headline });
    }
  });
  return out;
}
