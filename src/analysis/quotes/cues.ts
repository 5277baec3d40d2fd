// Attribution cues: where in a frame the text says who is speaking.
// Patterns, in the order they are tried (the first that holds wins):
//   0. "Name was quoted [by X] as saying" | "X quoted Name as saying"
//   1. right after a quote:  "…," said [title] Name  |  "…," Name [, appositive,] said  |  "…," it added
//      (a pronoun there defers to a named subject that opened the frame)
//   2. before the quote: the nearest speech verb with a plausible subject — Name [has also]
//      said[: | that] "…" | Name told X "…" | Name pledged his "…" | Name, who …, said;
//      then "…, said Name" / "Said Name:"; then "Name paid tribute, saying: "…""
//   3. anywhere in the frame: according to Name | The plan, he says, is "…"
//   4. a clause ending in a colon before the quote: its subject (kept only if a person)
import type { Span } from '../../corpus/types';
import type { Frame } from './frames';
import { tokenize, isCapitalised, type Token } from './tokens';
import {
  SPEECH_VERBS, INVERTED_VERBS, VERB_ADVERBS, LEADING_ADVERBIALS, PHRASE_BREAKERS, DETERMINERS,
  PRONOUNS_PERSON, PRONOUNS_THING, PRONOUNS_OTHER, ROLE_NOUNS, SOURCE_NOUNS, TEMPORAL, TITLES,
} from './lexicon';

// Verbs that credit a quotation only from right after it ("…,” she beamed), being other things elsewhere.
const AFTER_QUOTE_VERBS = new Set(['echoed', 'barked', 'beamed', 'charged', 'snapped', 'retorted', 'chimed', 'tweets', 'quips', 'jokes', 'concedes']);

/** `colon`: the subject of a clause ending in a colon before the quote; it counts only if it is a person. */
export type CueKind = 'after' | 'subject' | 'according' | 'colon';

export interface Cue {
  kind: CueKind;
  /** The words naming the speaker ("U.S. State Department spokesperson Matthew Miller", "it"). */
  phrase: Span;
  /** The whole cue: phrase plus verb ("said the report", "according to Jung Dae-jin"). */
  cue: Span;
}

const MAX_PHRASE_WORDS = 12;
const LEAD_PUNCT = new Set([',', '.', '?', '!', '—', '–', '-', ';']);
// Words joining a role to its organisation inside a phrase ("a spokesperson from the ministry").
const LINKS = new Set(['of', 'from', 'for', 'at']);

function lower(t: Token): string {
  return t.text.toLowerCase();
}

function isVerb(t: Token, verbs: Set<string>): boolean {
  return t.word && !isCapitalised(t.text) && verbs.has(t.text);
}

/** A token that may be part of a speaker phrase. */
function phraseWord(t: Token): boolean {
  if (t.word) {
    if (TEMPORAL.has(t.text.toLowerCase())) return false;
    // A capitalised preposition or conjunction opens a sentence, not a name ("In his message …").
    if (isCapitalised(t.text)) return !(PHRASE_BREAKERS.has(t.text.toLowerCase()) && t.text !== t.text.toUpperCase());
    return !PHRASE_BREAKERS.has(t.text) && !SPEECH_VERBS.has(t.text) && !VERB_ADVERBS.has(t.text);
  }
  return t.text === '&';
}

/** A phrase that can name a speaker: a pronoun, or words containing a name, a determiner or a role. */
function plausible(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) return false;
  const first = lower(tokens[0]);
  if (LINKS.has(first) || LINKS.has(lower(tokens[tokens.length - 1]))) return false;
  // A phrase opened by a verb's -ing form is a clause, not a subject ("letting people tell").
  if (/^\p{Ll}+ing$/u.test(tokens[0].text) && !ROLE_NOUNS.has(first)) return false;
  if (tokens.length === 1 && (PRONOUNS_PERSON.has(first) || PRONOUNS_THING.has(first) || PRONOUNS_OTHER.has(first))) return true;
  // "his" of "say his pledges are": a possessive before a noun, never the subject itself.
  if (DETERMINERS.has(lower(tokens[tokens.length - 1]))) return false;
  return tokens.some((t) => isCapitalised(t.text) || DETERMINERS.has(lower(t)) || ROLE_NOUNS.has(lower(t)));
}

/** A phrase ending in a role or common noun, not a name ("Acme's chief executive", "the CEO", "its co-producer"). */
function namesRole(tokens: Token[]): boolean {
  // "president of the Teachers Union": the head is the word before the link.
  const link = tokens.findIndex((t) => LINKS.has(lower(t)));
  const head = tokens[link > 0 ? link - 1 : tokens.length - 1];
  return !isCapitalised(head.text) || ROLE_NOUNS.has(lower(head)) || TITLES.has(lower(head));
}

/** Two to four capitalised words: a personal name in an appositive. */
function isName(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => t.word && isCapitalised(t.text));
}

/**
 * Drops sentence-opening adverbials ("But", "Yesterday") from the front of a phrase; a phrase
 * ending in a pronoun is that pronoun ("on his death-bed three years later he").
 */
function trimLeading(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && LEADING_ADVERBIALS.has(lower(tokens[i]))) i++;
  const last = tokens[tokens.length - 1];
  if (last && tokens.length - i > 1 && (PRONOUNS_PERSON.has(lower(last)) || PRONOUNS_THING.has(lower(last)) || lower(last) === 'they')) return [last];
  // Two noun phrases run together: the subject is the one the verb follows ("In his New Year
  // message the Liberal Democrat leader" -> "the Liberal Democrat leader", "seek bankruptcy
  // protection the company" -> "the company"). A determiner after "of/from/for/at" stays inside;
  // a phrase opened by a name is that name's clause ("Sanders released a statement").
  for (let k = tokens.length - 2; k > i && !isCapitalised(tokens[i].text); k--) {
    if (/^(?:the|a|an)$/u.test(tokens[k].text) && !LINKS.has(lower(tokens[k - 1])) && tokens[k - 1].text !== '&') return tokens.slice(k);
  }
  return tokens.slice(i);
}

/**
 * Tokens without short parenthetical asides: "Rep. John Mica (R-Fla.) said" reads as "Rep. John
 * Mica said". A party and state, an age or an acronym in parentheses never names the speaker.
 */
export function withoutAsides(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '(')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === '(') {
      const close = tokens.findIndex((t, j) => j > i && j <= i + 6 && t.text === ')');
      if (close > 0 && tokens.slice(i + 1, close).every((t) => t.word || t.text === '.' || t.text === ',')) {
        i = close;
        continue;
      }
    }
    out.push(tokens[i]);
  }
  return out;
}

/** Tokens of text[start, end) as cue patterns read them: asides left out. */
function cueTokens(text: string, span: Span): Token[] {
  return withoutAsides(tokenize(text, span.start, span.end));
}

function spanOf(tokens: Token[]): Span {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

/** "and" between capitalised words belongs to a name ("Smith Barney and Co", "Procter and Gamble"). */
function innerAnd(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (lower(tokens[k]) !== 'and' || !p || !n || !p.word || !n.word) return false;
  // "chairman and chief executive Richard Parsons": one person holding two titles.
  const title = (t: Token) => TITLES.has(lower(t)) || ROLE_NOUNS.has(lower(t));
  return (isCapitalised(p.text) && isCapitalised(n.text)) || (title(p) && title(n));
}

/** Words from `i` on that form a phrase (stops at punctuation, breakers, verbs). */
function phraseForward(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k < tokens.length && out.length < MAX_PHRASE_WORDS + 1; k++) {
    const t = tokens[k];
    if (!phraseWord(t) && !innerAnd(tokens, k)) break;
    // "of/from/for/at" continue a phrase only into a name or a determiner phrase.
    if (LINKS.has(lower(t))) {
      const n = tokens[k + 1];
      if (!n || !(isCapitalised(n.text) || DETERMINERS.has(lower(n)))) break;
    }
    out.push(t);
  }
  while (out.length > 0 && LINKS.has(lower(out[out.length - 1]))) out.pop();
  return out;
}

/** Words ending just before `i` that form a phrase. */
function phraseBackward(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k >= 0 && out.length < MAX_PHRASE_WORDS + 1; k--) {
    if (!phraseWord(tokens[k]) && !innerAnd(tokens, k)) break;
    out.unshift(tokens[k]);
  }
  while (out.length > 0 && LINKS.has(lower(out[0]))) out.shift();
  return out;
}

/** Skips adverbs and auxiliaries backwards from `i` ("has also" in "Smith has also said"). */
function skipAdverbsBack(tokens: Token[], i: number): number {
  for (;;) {
    if (i >= 0 && tokens[i].word && VERB_ADVERBS.has(lower(tokens[i]))) i--;
    else if (i >= 1 && TEMPORAL.has(lower(tokens[i])) && lower(tokens[i - 1]) === 'on') i -= 2; // "on Monday"
    else if (i >= 1 && /^(?:week|month|year|night)$/u.test(lower(tokens[i])) && /^(?:last|this)$/u.test(lower(tokens[i - 1]))) i -= 2;
    else return i;
  }
}

/** Pattern 1: the text right after a closing mark. */
function afterCue(tokens: Token[]): Cue | null {
  let i = 0;
  while (i < tokens.length && LEAD_PUNCT.has(tokens[i].text)) i++;
  const first = tokens[i];
  if (!first) return null;
  if (isVerb(first, INVERTED_VERBS)) {
    let np = trimLeading(phraseForward(tokens, i + 1));
    if (!plausible(np)) return null;
    // "…," said the festival's executive director, Craig Prater: the name after the role speaks.
    const at = tokens.indexOf(np[np.length - 1]) + 1;
    const name = tokens[at]?.text === ',' ? phraseForward(tokens, at + 1) : [];
    if (namesRole(np) && isName(name) && !/^\p{L}/u.test(tokens[at + 1 + name.length]?.text ?? '')) np = [...np, tokens[at], ...name];
    return { kind: 'after', phrase: spanOf(np), cue: { start: first.start, end: np[np.length - 1].end } };
  }
  let np = phraseForward(tokens, i);
  let k = i + np.length;
  // An appositive between name and verb: "Smith, the chief executive, said".
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, j) => j > k && j <= k + MAX_PHRASE_WORDS && t.text === ',');
    if (close > 0) {
      const appositive = tokens.slice(k + 1, close);
      if (np.length > 0 && namesRole(np) && isName(appositive)) np = [...np, ...appositive];
      k = close + 1;
    }
  }
  while (k < tokens.length && tokens[k].word && VERB_ADVERBS.has(lower(tokens[k]))) k++;
  const verb = tokens[k];
  // Right after a quotation "notes" or "charged" can only be the verb ("…,” Smith notes.).
  const speaks = verb && (isVerb(verb, SPEECH_VERBS) || isVerb(verb, INVERTED_VERBS) || isVerb(verb, AFTER_QUOTE_VERBS));
  if (!speaks || !plausible(np)) return longAppositiveCue(tokens, i);
  return { kind: 'after', phrase: spanOf(np), cue: { start: np[0].start, end: verb.end } };
}

/**
 * "…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: a name,
 * then an appositive of any length closed by a comma and a speech verb in the same sentence.
 */
function longAppositiveCue(tokens: Token[], i: number): Cue | null {
  const np = phraseForward(tokens, i);
  if (!isName(np) || tokens[i + np.length]?.text !== ',') return null;
  for (let v = i + np.length + 2; v < tokens.length && v <= i + np.length + 3 * MAX_PHRASE_WORDS; v++) {
    if (/^[.?!;:]$/u.test(tokens[v].text)) return null;
    if (tokens[v - 1].text === ',' && isVerb(tokens[v], SPEECH_VERBS)) {
      return { kind: 'after', phrase: spanOf(np), cue: { start: np[0].start, end: tokens[v].end } };
    }
  }
  return null;
}

/**
 * "“Why not?” Vitter demanded.", "“Go back,” Trump barked": after a quotation ending in a comma or a
 * question or exclamation mark, or alone in a short closing sentence, a name and any finite verb
 * (-ed, -s) is its cue, whatever the verb.
 */
function anyVerbCue(tokens: Token[]): Cue | null {
  const name: Token[] = [];
  for (const t of tokens) {
    if (!t.word || !isCapitalised(t.text) || name.length === 4) break;
    name.push(t);
  }
  const verb = tokens[name.length];
  if (name.length === 0 || !verb?.word || !/^\p{Ll}+(?:ed|s)$/u.test(verb.text) || /ss$/u.test(verb.text) || PHRASE_BREAKERS.has(verb.text)) return null;
  if (TEMPORAL.has(lower(name[0])) || PRONOUNS_OTHER.has(lower(name[0]))) return null;
  return { kind: 'after', phrase: spanOf(name), cue: { start: name[0].start, end: verb.end } };
}

// Dashes that sign a quotation off with its speaker ("…” ― Jane Doe").
const SIGN_OFF_DASHES = new Set(['―', '—', '–']);

/** The sign-off right after a quotation ("…” ― Jane Doe"), on its line and before any next quotation. */
export function signOffAfter(text: string, quote: Span): Cue | null {
  if (!/^\s*[―—–]/u.test(text.slice(quote.end, quote.end + 4))) return null;
  const rest = text.slice(quote.end, quote.end + 80);
  const stop = rest.search(/[\n“"«]/u);
  return signOffCue(cueTokens(text, { start: quote.end, end: quote.end + (stop < 0 ? rest.length : stop) }));
}

/** "…” ― Jane Doe": a dash and a name alone after a quotation name its speaker. */
function signOffCue(tokens: Token[]): Cue | null {
  const dash = tokens[0];
  if (!dash || !SIGN_OFF_DASHES.has(dash.text)) return null;
  const np = phraseForward(tokens, 1);
  const rest = tokens[1 + np.length];
  if (np.length === 0 || np.length > 5 || !np.every((t) => isCapitalised(t.text))) return null;
  if (rest && !/^[.,;]$/u.test(rest.text)) return null;
  return { kind: 'after', phrase: spanOf(np), cue: { start: dash.start, end: np[np.length - 1].end } };
}

/**
 * The subject phrase ending just before token `v` (a verb): "Smith [has also]",
 * "Smith, a spokesman for the firm,", "Mr Blair, who …,", "Jane Doe, a candidate".
 */
function subjectBefore(tokens: Token[], v: number): Token[] {
  let end = skipAdverbsBack(tokens, v - 1);
  let np = phraseBackward(tokens, end);
  if (np.length === 0 && tokens[end]?.text === ',') {
    // Appositive or relative clause between subject and verb ("Smith, who …, said").
    let open = end - 1;
    while (open >= 0 && end - open <= 3 * MAX_PHRASE_WORDS && tokens[open].text !== ',') open--;
    const clause = tokens.slice(open + 1, end);
    const relative = clause.length > 0 && /^(?:who|which)$/u.test(lower(clause[0]));
    if (open >= 0 && tokens[open].text === ',' && (relative || clause.length <= MAX_PHRASE_WORDS)) {
      end = open - 1;
      np = phraseBackward(tokens, end);
      // "Acme's chief executive, Jane Doe, said": the name in the appositive is the speaker.
      if (np.length > 0 && namesRole(np) && isName(clause)) np = [...np, ...clause];
      // "Jane Doe, president of the union, which represents teachers, said": the name speaks.
      else if (np.length > 0 && namesRole(np)) np = nameBeforeComma(tokens, np, end) ?? np;
    }
  } else if (np.length > 0 && namesRole(np)) {
    // "Jane Doe, a prospective candidate said": the name before the comma speaks.
    np = nameBeforeComma(tokens, np, end) ?? np;
  }
  return trimLeading(np);
}

/** The name right before a role phrase that ends at `end` and follows a comma ("Jane Doe, the minister"). */
function nameBeforeComma(tokens: Token[], np: Token[], end: number): Token[] | null {
  const first = end - np.length + 1;
  const name = tokens[first - 1]?.text === ',' ? phraseBackward(tokens, first - 2) : [];
  return isName(name) ? name : null;
}

/** Pattern 2: the nearest speech verb before the quote with a plausible subject. */
function subjectCue(tokens: Token[]): Cue | null {
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (!isVerb(tokens[v], SPEECH_VERBS)) continue;
    const np = subjectBefore(tokens, v);
    if (plausible(np)) return { kind: 'subject', phrase: spanOf(np), cue: { start: np[0].start, end: tokens[v].end } };
  }
  return null;
}

const PARTICIPLES = new Set(['saying', 'adding', 'insisting', 'telling', 'warning', 'arguing', 'explaining', 'noting', 'declaring', 'stating', 'writing', 'tweeting', 'asking']);

/**
 * "Davenport paid tribute to Williams, saying: "…"": a participle of speech credits the
 * subject that opens the clause.
 */
function participleCue(tokens: Token[]): Cue | null {
  const p = tokens.findIndex((t, i) => i > 0 && tokens[i - 1].text === ',' && PARTICIPLES.has(lower(t)));
  if (p < 0) return null;
  const np = trimLeading(phraseForward(tokens, 0));
  if (np.length === 0) return null;
  const next = tokens[tokens.indexOf(np[np.length - 1]) + 1];
  // The opening phrase must be a subject: followed by a lowercase word (its verb).
  if (!plausible(np) || !next?.word || isCapitalised(next.text)) return null;
  return { kind: 'subject', phrase: spanOf(np), cue: { start: np[0].start, end: tokens[p].end } };
}

const AS_SAYING = new Set(['saying', 'telling', 'stating', 'warning', 'adding']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** "Name was quoted [by X] as saying" and "X quoted Name as saying": the one quoted speaks. */
function quotedAsCue(tokens: Token[]): Cue | null {
  for (let a = 1; a + 1 < tokens.length; a++) {
    if (lower(tokens[a]) !== 'as' || !AS_SAYING.has(lower(tokens[a + 1]))) continue;
    const q = tokens.slice(0, a).map(lower).lastIndexOf('quoted');
    if (q < 0 || a - q > MAX_PHRASE_WORDS + 2) continue;
    const end = tokens[a + 1].end;
    if (q > 0 && PASSIVE_AUX.has(lower(tokens[q - 1]))) {
      const np = subjectBefore(tokens, q - 1);
      if (plausible(np)) return { kind: 'subject', phrase: spanOf(np), cue: { start: np[0].start, end } };
      continue;
    }
    // "X quoted an insider in the talks as saying": the phrase right after "quoted".
    const np = phraseForward(tokens, q + 1);
    if (plausible(np)) return { kind: 'subject', phrase: spanOf(np), cue: { start: tokens[q].start, end } };
  }
  return null;
}

/** "…, said Name" closing a sentence of reported speech, or "Said Name:" opening one. */
function invertedCue(tokens: Token[]): Cue | null {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    const opening = v === 0 && t.word && INVERTED_VERBS.has(lower(t));
    if (!opening && !(v > 0 && tokens[v - 1].text === ',' && isVerb(t, INVERTED_VERBS))) continue;
    const np = trimLeading(phraseForward(tokens, v + 1));
    const after = tokens[v + 1 + np.length];
    if (plausible(np) && (!after || /^[.,:;]$/u.test(after.text))) {
      return { kind: 'after', phrase: spanOf(np), cue: { start: t.start, end: np[np.length - 1].end } };
    }
  }
  return null;
}

/** A parenthetical cue inside reported text: "The plan, he says, is …". */
function parentheticalCue(tokens: Token[]): Cue | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== ',') continue;
    const np = phraseForward(tokens, i + 1);
    const v = tokens[i + 1 + np.length];
    const after = tokens[i + 2 + np.length];
    if (np.length > 0 && np.length <= 4 && v && isVerb(v, INVERTED_VERBS) && after?.text === ',' && plausible(np)) {
      return { kind: 'after', phrase: spanOf(np), cue: { start: np[0].start, end: v.end } };
    }
  }
  return null;
}

/** Pattern 3: "according to Name". */
function accordingCue(tokens: Token[]): Cue | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (lower(tokens[i]) !== 'according' || lower(tokens[i + 1]) !== 'to') continue;
    const np = phraseForward(tokens, i + 2);
    // "according to their figures" names no source: the phrase needs a name, a role or a source noun.
    const names = np.some((t) => isCapitalised(t.text) || ROLE_NOUNS.has(lower(t)) || SOURCE_NOUNS.has(lower(t)));
    if (names && plausible(np)) return { kind: 'according', phrase: spanOf(np), cue: { start: tokens[i].start, end: np[np.length - 1].end } };
  }
  return null;
}

function isPronoun(text: string, c: Cue): boolean {
  const w = text.slice(c.phrase.start, c.phrase.end).toLowerCase();
  return PRONOUNS_PERSON.has(w) || PRONOUNS_THING.has(w) || PRONOUNS_OTHER.has(w);
}

/** The text pieces of a frame outside its quotations, in order (piece k precedes quote k). */
export function segmentsOf(frame: Frame): Span[] {
  const out: Span[] = [];
  let at = frame.span.start;
  for (const q of frame.quotes) {
    out.push({ start: at, end: q.outer.start });
    at = q.outer.end;
  }
  out.push({ start: at, end: frame.span.end });
  return out;
}

/** The attribution cue of a frame, or null when its text names no speaker. */
export function findCue(text: string, frame: Frame): Cue | null {
  const segs = segmentsOf(frame).map((s) => cueTokens(text, s));
  for (const seg of segs) {
    const c = quotedAsCue(seg);
    if (c) return c;
  }
  for (let k = 1; k < segs.length; k++) {
    const quoteEnd = frame.quotes[k - 1].outer.end;
    const bare = segs[k].length <= 6 && segs[k][segs[k].length - 1]?.text === '.'; // "“…” Smith pleaded."
    const c = afterCue(segs[k]) ?? signOffCue(segs[k]) ?? (bare || /[,?!]/u.test(text[quoteEnd - 2] ?? '') ? anyVerbCue(segs[k]) : null);
    if (!c) continue;
    // "Jane Doe said: "…. "…," she said.": the pronoun points back to the name that opened the frame.
    const named = isPronoun(text, c) ? subjectCue(segs[0]) : null;
    return named && !isPronoun(text, named) ? named : c;
  }
  for (let k = 0; k < segs.length - 1; k++) {
    const c = subjectCue(segs[k]) ?? invertedCue(segs[k]) ?? participleCue(segs[k]);
    if (c) return c;
  }
  for (const seg of segs) {
    const c = accordingCue(seg) ?? parentheticalCue(seg);
    if (c) return c;
  }
  return colonCue(segs[0]);
}

/** "Mr Dean is confident though: "…"": a clause ending in a colon introduces its subject's words. */
function colonCue(tokens: Token[]): Cue | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const colon = tokens[tokens.length - 1].start;
  const np = trimLeading(phraseForward(tokens, 0));
  const next = np.length > 0 ? tokens[tokens.indexOf(np[np.length - 1]) + 1] : undefined;
  if (np.length > 0 && plausible(np) && next?.word && !isCapitalised(next.text)) {
    return { kind: 'colon', phrase: spanOf(np), cue: { start: np[0].start, end: colon } };
  }
  // "… doesn't surprise pollster Jane Doe: “…”": a name right before the colon introduces its words.
  const name = tokens.slice(0, -1).reverse();
  const run = name.findIndex((t) => !t.word || !isCapitalised(t.text));
  const words = name.slice(0, run < 0 ? name.length : run).reverse();
  return words.length >= 2 && words.length <= 4 ? { kind: 'colon', phrase: spanOf(words), cue: { start: words[0].start, end: colon } } : null;
}

/** The cue of a frame without quotations: a speech verb with a subject, or "according to". */
export function findSpeechSubject(text: string, frame: Frame): Cue | null {
  const tokens = cueTokens(text, frame.span);
  return colonVerbCue(tokens) ?? quotedAsCue(tokens) ?? invertedCue(tokens) ?? subjectCue(tokens) ?? accordingCue(tokens);
}

/** "The New York Times reports:" ending a paragraph: the subject of a speech verb right before the colon. */
function colonVerbCue(tokens: Token[]): Cue | null {
  const v = tokens.length - 2;
  if (tokens[v + 1]?.text !== ':' || !tokens[v] || !(isVerb(tokens[v], SPEECH_VERBS) || isVerb(tokens[v], INVERTED_VERBS))) return null;
  const np = subjectBefore(tokens, v);
  return plausible(np) ? { kind: 'subject', phrase: spanOf(np), cue: { start: np[0].start, end: tokens[v].end } } : null;
}
