// Name candidates of one text with the evidence for their kind: titles, head words, neighbouring
// role nouns, prepositions of place, appositions and verbs of saying.
import type { EntityType } from '../types';
import type { Span } from '../../corpus/types';
import {
  CLOSED_CLASS, NUMBER_WORDS, EVENT_HEADS, INSTITUTION_HEADS, LOWER_PLACE_HEAD_PAIRS, LOWER_PLACE_HEADS, NAME_PARTICLES,
  NOT_NAMES_ALONE, ORG_HEADS, ORG_NOUNS, ORG_TAIL_NOUNS, OWNERSHIP_NOUNS, PERSON_NOUNS, POST_NOMINALS, PLACE_HEADS,
  PLACE_NOUNS, PLACE_PREPOSITIONS, SPEECH_VERBS, WEAK_PLACE_PREPOSITIONS,
} from './cues';
import { isAcronym } from './aliases';
import { lookupGazetteer, startsPersonalName, type GazetteerEntry } from './gazetteer';
import { NameScanner } from './runs';
import { segmentRuns, type Segment } from './segments';
import { tokenize, type Token } from './tokens';

export interface Candidate {
  span: Span;
  text: string;
  /** Number of words, hyphenated parts counting as one word. */
  words: string[];
  gazetteer?: GazetteerEntry;
  acronym: boolean;
  /** Evidence for each kind; the strongest wins once mentions are grouped. */
  score: Record<EntityType, number>;
  /** Next to a verb of saying ("X said", "according to X"). */
  speaks: boolean;
  /** Named with a title or a role noun ("Mr. Kim", "leader Kim"). */
  titled: boolean;
  /** Ends in an organisation or place head word, so it is not a bare personal name. */
  headed: boolean;
  /** A bare institution head ("the Commission"): the full name said earlier in the text, if any. */
  bareHead: boolean;
  /** Not a name by itself ("Council"): kept only to join a full name said earlier. */
  onlyAsShortForm: boolean;
  /** Qualifies the lower-case noun after it ("Windows programs", "CCTV pictures"). */
  qualifiesNoun: boolean;
}

/** Lower-case nouns of time that follow a place without qualifying it ("in Kelmart yesterday"). */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);

const W = { title: 3, head: 3, role: 2, apposition: 2, article: 2, of: 2, personalName: 1.5, nameShape: 0.6, preposition: 1, weakPreposition: 0.5, acronym: 0.5 };

/** Tags a personal name never carries: verbs, pronouns, determiners, prepositions, conjunctions. */
const NOT_IN_PERSON_NAMES = new Set(['VERB', 'AUX', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'NUM']);

export function findCandidates(text: string): Candidate[] {
  const tokens = tokenize(text);
  const scan = new NameScanner(text, tokens);
  const candidates: Candidate[] = [];
  for (const seg of segmentRuns(scan, scan.runs())) {
    const c = toCandidate(scan, seg);
    if (c) candidates.push(c);
  }
  return candidates;
}

function toCandidate(scan: NameScanner, seg: Segment): Candidate | undefined {
  const tk = scan.tokens;
  const lower = (i: number): string => (tk[i] && !tk[i].cap ? tk[i].text : '');
  let { to } = seg;
  const score: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };

  // Lower-case place heads continue the name: "Amur region", "Vostochny space center", "the Korean peninsula".
  const pair = `${lower(to + 1)} ${lower(to + 2)}`;
  if (seg.gazetteer?.type !== 'organization' && LOWER_PLACE_HEAD_PAIRS.has(pair)) {
    to += 2;
    score.place += W.head;
  } else if (seg.gazetteer?.kind !== 'country' && LOWER_PLACE_HEADS.has(lower(to + 1)) && (!seg.demonym || lower(seg.from - 1) === 'the')) {
    to += 1;
    score.place += W.head;
  } else if (seg.demonym) {
    return undefined;
  }

  const text = scan.slice(seg.from, to);
  const words = text.split(/\s+/);
  const gazetteer = to === seg.to ? seg.gazetteer : undefined;
  const last = words[words.length - 1];
  if (!gazetteer && EVENT_HEADS.has(last)) return undefined;
  const bareHead = !gazetteer && words.length === 1 && INSTITUTION_HEADS.has(text);
  const onlyAsShortForm = !gazetteer && words.length === 1 && NOT_NAMES_ALONE.has(text);
  if ((onlyAsShortForm && !bareHead) || (!gazetteer && /^\p{Lu}\.?$/u.test(text))) return undefined;

  // The head is the last word before an "of"/"for" complement ("Institute for Far Eastern Studies").
  const ofAt = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = ofAt > 0 ? words[ofAt - 1] : last;
  // A head word needs something to head: a lone "Park" may be a surname.
  const headed = (words.length > 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) || score.place > 0;
  if (words.length > 1 && ORG_HEADS.has(head)) score.organization += W.head;
  if (words.length > 1 && PLACE_HEADS.has(head)) score.place += W.head;
  // "BBC Radio", "AOL Europe", "Standard & Poor's": a known organisation or a place inside, or an ampersand.
  const lastPlace = lookupGazetteer(last)?.type === 'place' && !startsPersonalName(words[0]); // "Telekom Austria", not "Michael Jordan"
  const brand = !gazetteer && words.length > 1 && (lookupGazetteer(words[0])?.type === 'organization' || lastPlace || text.includes('&'));
  if (brand) score.organization += W.article;
  // "UK Online", "Texas Instruments": a name that starts with a known place is not a person's.
  const placeLed = !gazetteer && words.length > 1 && lookupGazetteer(words[0])?.type === 'place';

  const prev = lower(seg.from - 1);
  const prev2 = lower(seg.from - 2);
  const next = tk[to + 1];
  // "in CCTV pictures", "in Windows programs": the name qualifies the noun after it, which is what is "in".
  const qualifiesNoun = next !== undefined && !next.cap && next.pos === 'NOUN' && !TIME_NOUNS.has(next.text);
  if (seg.titled) score.person += W.title;
  if (PERSON_NOUNS.has(prev)) score.person += W.role;
  if (ORG_NOUNS.has(prev)) score.organization += W.role;
  // "Celtic goalkeeper Rab Douglas", "Rangers manager Alex McLeish": the name before the role is the employer.
  if (!gazetteer && PERSON_NOUNS.has(lower(to + 1)) && tk[to + 2]?.cap) score.organization += W.preposition;
  if (ORG_TAIL_NOUNS.has(lower(to + 1)) || (lower(to + 1) === 'news' && ORG_TAIL_NOUNS.has(lower(to + 2)))) score.organization += W.role;
  if (prev === 'of' && PLACE_NOUNS.has(prev2)) score.place += W.of;
  if (prev === 'in' && (prev2 === 'published' || prev2 === 'writing' || OWNERSHIP_NOUNS.has(tk[seg.from - 2]?.text.toLowerCase() ?? ''))) score.organization += W.of;
  else if (!qualifiesNoun && PLACE_PREPOSITIONS.has(prev)) score.place += W.preposition;
  else if (!qualifiesNoun && WEAK_PLACE_PREPOSITIONS.has(prev) && !(prev === 'to' && prev2 === 'according')) score.place += W.weakPreposition;
  if ((prev === 'the' || tk[seg.from - 1]?.text === 'The') && !gazetteer && words.length > 1) score.organization += W.article;
  if (next?.text === 'who') score.person += W.apposition;
  if (next?.text === ',') addApposition(scan, to + 2, score);

  const acronym = words.length === 1 && isAcronym(text);
  if (acronym) score.organization += W.acronym;
  if (!gazetteer && hasAcronymAfterFirst(words)) score.organization += W.nameShape; // "Windows XP", "Team GB"
  // Capitalised words shaped like a name are a person only weakly ("Blue Nude" is a painting), more
  // strongly when they start with a common given name ("Henri Matisse").
  if (!headed && !brand && !placeLed && !gazetteer && looksLikePersonalName(tk.slice(seg.from, to + 1), words)) {
    score.person += startsPersonalName(words[0]) ? W.personalName : W.nameShape;
  }

  // "X said", "said X", "according to (the) X".
  const p = prev === 'the' ? seg.from - 2 : seg.from - 1;
  const speaks =
    SPEECH_VERBS.has(lower(to + 1)) || lower(p) === 'said' || lower(p) === 'says' || (lower(p) === 'to' && lower(p - 1) === 'according');
  const titled = seg.titled || PERSON_NOUNS.has(prev);
  // "The Office", "The Simpsons": a capitalised article inside a sentence belongs to a title or an
  // organisation's name; a person's name never takes one (and a lone word says no more than that).
  const theLed = tk[seg.from - 1]?.text === 'The' && !tk[seg.from - 1].initial;
  if (theLed && !titled) score.person = 0;
  return {
    span: { start: tk[seg.from].start, end: tk[to].end }, text, words, gazetteer, acronym, score, speaks, titled, headed,
    bareHead, onlyAsShortForm, qualifiesNoun,
  };
}

/**
 * "Windows XP", "Blu-ray DVD", "Team GB": an acronym after the first word marks a product or an
 * organisation, never a personal name (a numeral like "VIII" may end one; a first "JRR" may be initials).
 */
const hasAcronymAfterFirst = (words: string[]): boolean =>
  !words.every((w) => w === w.toUpperCase()) && // a line in capitals throughout says nothing about case
  words.slice(1).some((w) => /^\p{Lu}{2,}$/u.test(w) && !/^[IVXLC]+$/.test(w) && !POST_NOMINALS.has(w));

/**
 * Two to four capitalised words (name particles allowed), none a function word or a number, and
 * not in capitals throughout ("QTLY DIV" in a newswire headline says nothing about case).
 */
function looksLikePersonalName(tokens: Token[], words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (words.every((w) => w.length > 2 && w === w.toUpperCase())) return false;
  if (hasAcronymAfterFirst(words)) return false;
  const wordTokens = tokens.filter((t) => /^\p{L}/u.test(t.text) && !NAME_PARTICLES.has(t.text));
  return (
    words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)) &&
    !wordTokens.some((t) => t.cap && (NOT_IN_PERSON_NAMES.has(t.pos) || CLOSED_CLASS.has(t.text.toLowerCase()) || NUMBER_WORDS.has(t.text.toLowerCase()))) &&
    !/\d/.test(words.join(''))
  );
}

/**
 * "John Kirby, National Security Council coordinator", "Rodong Sinmun, the party newspaper", "X, one of the
 * TNO researchers": the head noun of the noun phrase after the comma types the name; ", who" marks a person.
 */
function addApposition(scan: NameScanner, from: number, score: Record<EntityType, number>): void {
  const tk = scan.tokens;
  if (tk[from]?.text === 'who') {
    score.person += W.apposition;
    return;
  }
  let head = '';
  for (let i = from; i < Math.min(tk.length, from + 12); i++) {
    const t = tk[i];
    const modifier = t.cap || ['DET', 'ADJ', 'NUM', 'PROPN'].includes(t.pos) || /^['’]s?$/.test(t.text) || (t.pos === 'VERB' && /(ing|ed)$/.test(t.text));
    if (t.pos === 'NOUN' && !t.cap) head = t.text;
    else if (t.text === 'of' && !head && tk[i - 1]?.pos === 'NUM') continue;
    else if (!modifier || head) break;
  }
  const singular = head.replace(/s$/, '');
  for (const w of [head, singular]) {
    if (PERSON_NOUNS.has(w)) score.person += W.apposition;
    else if (ORG_NOUNS.has(w)) score.organization += W.apposition;
    else if (PLACE_NOUNS.has(w)) score.place += W.apposition;
    else continue;
    return;
  }
}
