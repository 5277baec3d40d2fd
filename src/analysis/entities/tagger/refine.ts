// Corrections to the tagger's spans from general news style, for what one annotated corpus cannot
// teach: a title is no part of a name ("Mr. Kim"), nor a qualifier ("Former") or a sentence-initial
// function word ("Did Putin");
// capitalised words before an organisation's head word are ("Far Eastern Federal University"); a noun
// in apposition says what a name is ("Rodong Sinmun, the party newspaper");
// two names joined by a hyphen are two ("Reuters-Yonhap", "Putin-Kim"); a lower-case place noun after
// a people's adjective makes a place ("the Korean peninsula"), as does a generic facility noun after a
// place ("Vostochny space center") and a place's head word ("Vostochny Cosmodrome"); a country before an
// institution is a place of its own ("US National Security Council", where CoNLL-2003 keeps "U.S.
// Treasury Department" whole: the product follows the seeds' gold).
import { CLOSED_CLASS, LEADING_QUALIFIERS, LOWER_PLACE_HEAD_PAIRS, LOWER_PLACE_HEADS, ORG_HEADS, PLACE_HEADS, TITLES } from '../cues';
import { isDemonym, lookupGazetteer } from '../gazetteer';
import type { TagType } from './decode';
import { appositionCues, type TaggerLexicon } from './features';
import type { TagToken } from './tokens';

export interface TokenSpan {
  from: number;
  to: number;
  type: TagType;
}

export interface CharSpan {
  start: number;
  end: number;
  type: TagType;
}

const chars = (tokens: TagToken[], from: number, to: number, type: TagType): CharSpan => ({ start: tokens[from].start, end: tokens[to].end, type });

/** What a gazetteer class says a name is. */
const CLASS_TYPE: Record<string, TagType> = {
  country: 'LOC', capital: 'LOC', region: 'LOC', city: 'LOC', knownPlace: 'LOC', knownOrganization: 'ORG', demonym: 'MISC',
};

/** The type the gazetteer gives a name (lower case, or an acronym as written), if it knows it. */
function known(name: string, lex: TaggerLexicon): TagType | undefined {
  for (const [cls, names] of lex.gazetteer) if (CLASS_TYPE[cls] && (names.has(name.toLowerCase()) || names.has(name))) return CLASS_TYPE[cls];
  return undefined;
}


/**
 * `typeOf` gives the type the text tags a name with elsewhere (lower-cased name), if it does;
 * `initial` whether each token stands at a sentence start.
 */
export function refineSpans(
  tokens: TagToken[], spans: TokenSpan[], initial: boolean[], lex: TaggerLexicon, typeOf: (name: string) => TagType | undefined,
): CharSpan[] {
  // Most lines name nobody: nothing to refine, and nothing to build for it.
  if (spans.length === 0) return [];
  const out: CharSpan[] = [];
  // Asked only before an organisation's head word: a set of every spanned token, built for each line with a name, was garbage.
  const inSpan = (k: number): boolean => spans.some((s) => s.from <= k && k <= s.to);
  for (const s of spans) {
    let { from } = s;
    const { to } = s;
    let { type } = s;
    while (from < to && ((type === 'PER' && TITLES.has(tokens[from].text)) ||
      LEADING_QUALIFIERS.has(tokens[from].text) ||
      (initial[from] && tokens[from].text !== 'The' && CLOSED_CLASS.has(tokens[from].text.toLowerCase())))) from++;
    // "Far Eastern Federal University": capitalised words before an organisation's head word belong to it.
    if (type === 'ORG' && ORG_HEADS.has(tokens[to].text)) {
      while (from > 0 && !inSpan(from - 1) && !initial[from - 1] && /^\p{Lu}\p{Ll}/u.test(tokens[from - 1].text) && !TITLES.has(tokens[from - 1].text)) from--;
    }
    // "Rodong Sinmun, the party newspaper": the noun in apposition says what the name is.
    if (type === 'PER' && !TITLES.has(tokens[from - 1]?.text ?? '') && tokens[to + 1]?.text === ',') {
      const cues = appositionCues(tokens.map((t) => t.text), to + 2);
      if (!cues.includes('role')) type = cues.includes('orgNoun') ? 'ORG' : cues.includes('placeNoun') ? 'LOC' : type;
    }
    const span = { from, to, type };
    out.push(...splitHyphenated(tokens, span, lex, typeOf) ?? splitCountry(tokens, span) ?? [withPlaceNoun(tokens, span)]);
  }
  return out;
}

/** "Reuters-Yonhap" as two names when each part is a name the text or the gazetteer knows; other hyphenated names stay whole. */
function splitHyphenated(tokens: TagToken[], s: TokenSpan, lex: TaggerLexicon, typeOf: (name: string) => TagType | undefined): CharSpan[] | undefined {
  if (s.from !== s.to || s.type === 'MISC') return undefined;
  const t = tokens[s.from];
  const parts = t.text.split('-');
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p)) || known(t.text, lex)) return undefined;
  const types = parts.map((p) => typeOf(p.toLowerCase()) ?? known(p, lex));
  if (types.some((x) => x === undefined || x === 'MISC')) return undefined;
  let at = t.start;
  return parts.map((p, k) => {
    const part = { start: at, end: at + p.length, type: types[k]! };
    at = part.end + 1;
    return part;
  });
}

/** "US National Security Council": a country, then an institution named by its head word. */
function splitCountry(tokens: TagToken[], s: TokenSpan): CharSpan[] | undefined {
  if (s.type !== 'ORG' || s.to - s.from < 2 || !ORG_HEADS.has(tokens[s.to].text)) return undefined;
  for (let k = s.from; k < s.to - 1; k++) {
    const name = tokens.slice(s.from, k + 1).map((t) => t.text).join(' ');
    // Countries only: "New York Stock Exchange" is one name.
    if (lookupGazetteer(name)?.kind === 'country') return [chars(tokens, s.from, k, 'LOC'), chars(tokens, k + 1, s.to, 'ORG')];
  }
  return undefined;
}

/** "Korean peninsula": a people's adjective and a lower-case place noun. */
function withPlaceNoun(tokens: TagToken[], s: TokenSpan): CharSpan {
  const next = tokens[s.to + 1]?.text ?? '';
  const pair = `${next} ${tokens[s.to + 2]?.text ?? ''}`;
  const name = tokens.slice(s.from, s.to + 1).map((t) => t.text).join(' ');
  if (s.type === 'LOC' && LOWER_PLACE_HEAD_PAIRS.has(pair)) return chars(tokens, s.from, s.to + 2, 'LOC');
  // Not after a place's own name: newswire writes "Guangdong province" for the place "Guangdong".
  if (s.type === 'MISC' && isDemonym(name) && LOWER_PLACE_HEADS.has(next)) return chars(tokens, s.from, s.to + 1, 'LOC');
  // "Vostochny Cosmodrome", "Persian Gulf": a place's head word makes a place.
  if (s.type !== 'MISC' && PLACE_HEADS.has(tokens[s.to].text) && s.to > s.from) return chars(tokens, s.from, s.to, 'LOC');
  return chars(tokens, s.from, s.to, s.type);
}
