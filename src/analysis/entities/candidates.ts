// Name candidates of one text with the evidence for their kind: titles, head words, neighbouring
// role nouns, prepositions of place, appositions and verbs of saying.
import type { EntityType } from '../types';
import type { Span } from '../../corpus/types';
import {
  LOWER_PLACE_HEAD_PAIRS, LOWER_PLACE_HEADS, NOT_NAMES_ALONE, ORG_HEADS, ORG_NOUNS, ORG_TAIL_NOUNS,
  PERSON_NOUNS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS, SPEECH_VERBS,
} from './cues';
import { isAcronym } from './aliases';
import type { GazetteerEntry } from './gazetteer';
import { NameScanner } from './runs';
import { segmentRuns, type Segment } from './segments';
import { tokenize } from './tokens';

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
}

const W = { title: 3, head: 3, role: 2, apposition: 2, article: 2, of: 2, personShape: 1.5, preposition: 1, acronym: 0.5 };

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
  if (!gazetteer && words.length === 1 && NOT_NAMES_ALONE.has(text)) return undefined;

  // The head is the last word before an "of"/"for" complement ("Institute for Far Eastern Studies").
  const ofAt = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = ofAt > 0 ? words[ofAt - 1] : words[words.length - 1];
  const headed = ORG_HEADS.has(head) || PLACE_HEADS.has(head) || score.place > 0;
  if (ORG_HEADS.has(head)) score.organization += W.head;
  if (PLACE_HEADS.has(head)) score.place += W.head;

  const prev = lower(seg.from - 1);
  const prev2 = lower(seg.from - 2);
  const next = tk[to + 1];
  if (seg.titled) score.person += W.title;
  if (PERSON_NOUNS.has(prev)) score.person += W.role;
  if (ORG_NOUNS.has(prev)) score.organization += W.role;
  if (ORG_TAIL_NOUNS.has(lower(to + 1)) || (lower(to + 1) === 'news' && ORG_TAIL_NOUNS.has(lower(to + 2)))) score.organization += W.role;
  if (prev === 'of' && PLACE_NOUNS.has(prev2)) score.place += W.of;
  if (prev === 'in' && (prev2 === 'published' || prev2 === 'writing')) score.organization += W.of;
  else if (PLACE_PREPOSITIONS.has(prev) && !(prev === 'to' && prev2 === 'according')) score.place += W.preposition;
  if ((prev === 'the' || tk[seg.from - 1]?.text === 'The') && !gazetteer) score.organization += words.length > 1 ? W.article : W.preposition;
  if (next?.text === 'who') score.person += W.apposition;
  if (next?.text === ',') addApposition(scan, to + 2, score);

  const acronym = words.length === 1 && isAcronym(text);
  if (acronym) score.organization += W.acronym;
  if (words.length > 1 && words.length <= 4 && !headed && !acronym && words.every((w) => /^\p{Lu}/u.test(w))) score.person += W.personShape;

  const speaks =
    SPEECH_VERBS.has(lower(to + 1)) || prev === 'said' || prev === 'says' || (prev === 'to' && prev2 === 'according');
  const titled = seg.titled || PERSON_NOUNS.has(prev);
  return { span: { start: tk[seg.from].start, end: tk[to].end }, text, words, gazetteer, acronym, score, speaks, titled, headed };
}

/** "John Kirby, National Security Council coordinator", "Rodong Sinmun, the party newspaper": the role noun types the name. */
function addApposition(scan: NameScanner, from: number, score: Record<EntityType, number>): void {
  const tk = scan.tokens;
  for (let i = from; i < Math.min(tk.length, from + 10); i++) {
    const t = tk[i];
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '"' || t.text === '”') return;
    if (t.cap || t.pos !== 'NOUN') continue;
    if (PERSON_NOUNS.has(t.text)) score.person += W.apposition;
    else if (ORG_NOUNS.has(t.text)) score.organization += W.apposition;
    else if (PLACE_NOUNS.has(t.text)) score.place += W.apposition;
    else continue;
    return;
  }
}
