// What the words around one mention say of its kind, beyond the tagger: a title or a role before a
// person ("Mr", "striker"), a company noun before an organisation ("carmaker"), and what follows
// ("X said it", "X's shares" for a company; "X, who", "X, 51," for a person), and nouns for works
// beside a title ("the film Vera Drake", "Harry Potter author"). Summed over a corpus,
// these tell a company the tagger read as a surname ("Chrysler said its") from a person.
import type { Span } from '../../corpus/types';
import type { EntityType } from '../types';
import { ORG_NOUNS, PERSON_NOUNS, POST_NOMINALS, TITLES } from './cues';

/** Mentions marked as each kind, and as the title of a work ("the film Vera Drake", "Harry Potter author"). */
export type Cues = Record<EntityType | 'work', number>;

export const noCues = (): Cues => ({ person: 0, organization: 0, place: 0, work: 0 });

/** Nouns after a work's title: "Harry Potter films", "Vera Drake star Imelda Staunton" (not verbs too: "Chelsea hit back"). */
const WORK_NOUNS = new Set(`
  film films movie movies drama dramas biopic documentary novel novels book books album albums
  series sitcom soap musical opera franchise trilogy sequel blockbuster star stars author director co-star
`.trim().split(/\s+/));
/** Nouns before a work's title: "the drama Vera Drake". */
const BEFORE_WORK = new Set(['film', 'movie', 'drama', 'biopic', 'documentary', 'novel', 'book', 'album', 'series', 'sitcom', 'musical', 'opera', 'blockbuster']);

const LETTER_OR_DOT = /^[\p{L}.]$/u;
const SPACE = /^\s$/u;
/** "market leader Nintendo", "world leader Boeing": a role noun that business writing gives firms. */
const FIRM_ROLE = /\b(?:market|industry|world|sector)\s+leader\s*$/iu;
const NEXT_WORD = /^\s+([\p{L}]+)/u;
/** Characters before a mention that are enough to see its previous word. */
const LOOK_BACK = 40;
const LOOK_AHEAD = 40;

/**
 * Words right after a sports club's name ("Liverpool fans", "Liverpool striker Milan Baros"): they follow a
 * team, not a person or a place, so a city's name before them is its club. Not after a possessive: "Agassi's coach".
 */
const AFTER_TEAM =
  /^\s+(?:fans|supporters|manager|boss|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|squad|captain|player|players|coach)\b/u;
const AFTER_ORGANIZATION =
  /^(?:\s+(?:said|says|reported|announced|added|expects|plans|agreed|posted)\s+(?:it|its)\b|['’]?s?\s+(?:shares|stock|stake|subsidiary|unit|shareholders|stockholders)\b)/u;
/** A company's suffix within the next few capitalised words: "Kidder, Peabody and Co Inc", "Chrysler Corp". */
const AFTER_COMPANY =
  /^(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.&-]*){0,3}?,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|Bros|Brothers|LLC|GmbH|AG|Corporation|Group|Holdings)\b/u;
/** Words after which a name is the object ("an analyst of Shearson said he"): what follows says nothing of it. */
const GOVERNING = new Set(['of', 'at', 'for', 'from', 'with', 'by', 'to', 'in', 'on']);
const AFTER_PERSON =
  /^(?:,\s+(?:who|aged)\b|,\s+\d{1,3},|\s+(?:said|says|told)\s+(?:he|she|him|her)\b|['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|widow)\b)/u;

/** The cues around the mention at `span` of `text`. */
export function contextCues(text: string, span: Span): Cues {
  const cues = noCues();
  const preceding = text.slice(Math.max(0, span.start - LOOK_BACK), span.start);
  const before = previousWord(preceding);
  const after = text.slice(span.end, span.end + LOOK_AHEAD);
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  if (BEFORE_WORK.has(before) || WORK_NOUNS.has(next)) cues.work++;
  // A company's suffix after it outweighs a role before it: "lead manager Kidder, Peabody and Co Inc".
  if (ORG_NOUNS.has(before) || FIRM_ROLE.test(preceding) || AFTER_ORGANIZATION.test(after) || AFTER_COMPANY.test(after) || AFTER_TEAM.test(after)) cues.organization++;
  else if (TITLES.has(before) || PERSON_NOUNS.has(before.toLowerCase()) || POST_NOMINALS.has(next) || (!GOVERNING.has(before) && AFTER_PERSON.test(after))) cues.person++;
  return cues;
}

/**
 * The letters and dots that end `text` but for spaces ("Mr. " → "Mr."), else "": what /([\p{L}.]+)\s*$/u
 * captures, read from the end. The regex tried every start in the text, and it ran for every mention.
 */
export function previousWord(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text, end)) end--;
  let start = end;
  for (let k = start; k > 0; k = start) {
    const width = charWidth(text, k);
    if (!isLetterOrDot(text, k, width)) break;
    start = k - width;
  }
  return text.slice(start, end);
}

/** UTF-16 units of the character ending at `end`: 2 for a surrogate pair. */
const charWidth = (text: string, end: number): number => {
  const low = text.charCodeAt(end - 1);
  const high = end > 1 ? text.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
};

/** Whether the character ending at `end` is white space (\s; none is a surrogate pair). */
const isSpace = (text: string, end: number): boolean => {
  const c = text.charCodeAt(end - 1);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[end - 1]));
};

/** Whether the character of `width` units ending at `end` is a letter or a dot; the regex only beyond ASCII. */
const isLetterOrDot = (text: string, end: number, width: number): boolean => {
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return LETTER_OR_DOT.test(text.slice(end - width, end));
};
