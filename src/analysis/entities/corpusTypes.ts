// Each article's entity type, settled with evidence from the whole corpus. One article's tagger reads
// "Chrysler" or "Shearson" as a surname; the corpus names "Chrysler Corp" and "Shearson Lehman
// Brothers", writes "Chrysler said its", and never puts a first name or a title before either.
//  - a name read as a person's, or a country's or state's name read otherwise, that four times as many
//    articles (ten at least) read another way takes that reading, unless this one has context cues
//    for its own ("JAPAN" in a headline read as an organisation is the place);
//  - a name read as a person's, which the corpus marks as one (a title or role before it, "who" after
//    it) no more often than as an organisation ("said its", "'s shares", a company named after it), is
//    an organisation when it has such marks or more articles type it so; a place when more articles do;
//  - a name read as a person's that the corpus calls a work more often than a person ("the film Vera
//    Drake", "Harry Potter author") is left out: a work is none of the three kinds;
//  - a one-word name read as a person's in several articles, which the corpus never marks as one nor
//    uses as a part of a full personal name ("Nintendo", "PlayStation"), is no person, and is left out.
//    (In one or two articles that proves little: results tables name players by surname alone.)
//  - a name read as a person's, never marked as one, that starts with the one-word name of such an
//    organisation ("Nintendo Europe") is the organisation's.
//  - a city read as the place is its sports club when marked as a team ("Liverpool fans"; see isClub).
import type { EntityType } from '../types';
import { aliasKey, nameWords } from './aliases';
import { noCues, type Cues } from './contextCues';
import { CORPORATE_SUFFIXES } from './cues';
import { lookupGazetteer } from './gazetteer';
import { CONFIDENT, type LocalEntity } from './types';

/** How many times more articles must read a name another way to overrule this article's reading. */
const OVERWHELMING = 4;
/** Gazetteer kinds of places that are never an organisation's name alone. */
const STATES = new Set(['country', 'state']);
/** ... and at least this many: a few articles (one sports round-up's teams, a city's dateline) prove nothing. */
const MAJORITY_ARTICLES = 10;

/** Articles a name must stand in before the absence of any mark of a person counts against it. */
const UNMARKED_ARTICLES = 3;

/** Words between a company's name and its suffix ("Kidder, Peabody and Co"). */
const JOINERS = new Set(['and', '&', ',']);

/** Alias keys of the names companies go by: "Chrysler Corp" gives "Chrysler", "Shearson Lehman Brothers" "Shearson Lehman" and "Shearson". */
function companyKeys(entities: readonly LocalEntity[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    for (const form of [e.name, ...e.aliases]) {
      const words = nameWords(form).map((w) => w.replace(/,$/, ''));
      let end = words.length;
      while (end > 1 && (CORPORATE_SUFFIXES.has(words[end - 1]) || JOINERS.has(words[end - 1]))) end--;
      if (end === words.length) continue;
      keys.add(aliasKey(words.slice(0, end).join(' ')));
      keys.add(aliasKey(words[0]));
    }
  }
  return keys;
}

interface KeyEvidence {
  /** Articles that type the name each way. */
  votes: Record<EntityType, number>;
  /** Context cues for each kind, over the corpus. */
  cues: Cues;
}

/** The type each entity takes in the corpus, in order; null for a name that is no person and has no other reading. */
export function corpusTypes(entities: readonly LocalEntity[]): (EntityType | null)[] {
  const byKey = new Map<string, KeyEvidence>();
  const personParts = new Set<string>();
  for (const e of entities) {
    let k = byKey.get(e.key);
    if (!k) byKey.set(e.key, (k = { votes: { person: 0, organization: 0, place: 0 }, cues: noCues() }));
    k.votes[e.type]++;
    for (const t of CUE_KINDS) k.cues[t] += e.cues[t];
    const words = nameWords(e.name);
    if (e.type === 'person' && words.length > 1 && e.evidence.person >= CONFIDENT) {
      personParts.add(aliasKey(words[0]));
      personParts.add(aliasKey(words[words.length - 1]));
    }
  }
  const companies = companyKeys(entities);
  const types = entities.map((e) => typeOf(e));
  // "Nintendo Europe", "Chrysler LeBaron": a name read as a person's that starts with a one-word name
  // the corpus reads as an organisation in several articles, and that nothing marks as a person's, is the organisation's.
  const orgArticles = new Map<string, number>();
  entities.forEach((e, i) => {
    if (types[i] === 'organization' && nameWords(e.name).length === 1) orgArticles.set(e.key, (orgArticles.get(e.key) ?? 0) + 1);
  });
  return entities.map((e, i) => {
    const words = nameWords(e.name);
    if (types[i] !== 'person' || words.length < 2 || byKey.get(e.key)!.cues.person > 0) return types[i];
    return (orgArticles.get(aliasKey(words[0])) ?? 0) >= UNMARKED_ARTICLES ? 'organization' : types[i];
  });

  function typeOf(e: LocalEntity): EntityType | null {
    const { votes, cues } = byKey.get(e.key)!;
    if (e.type === 'place' && lookupGazetteer(e.name)?.kind === 'city' && isClub(e, votes, cues)) return 'organization';
    if (e.known) return e.type;
    // Nearly every article reads it one other way ("JAPAN" in a headline read as an organisation).
    const majority = TYPES.reduce((a, b) => (votes[b] > votes[a] ? b : a));
    // Not between teams and their cities: "Chicago" in results is the team, as "NEW YORK AT CHICAGO" is in
    // a line of capitals; a country or a state alone is a place even as a team (CoNLL-2003's reading),
    // and a place the gazetteer does not know that most articles read as an organisation is one ("Shearson").
    const known = lookupGazetteer(e.name);
    const overruled = e.type === 'person' || (majority === 'place' && STATES.has(known?.kind ?? '')) ||
      (majority === 'organization' && e.type === 'place' && !known);
    if (overruled && majority !== e.type && votes[majority] >= MAJORITY_ARTICLES && votes[majority] >= OVERWHELMING * votes[e.type] &&
      cues[e.type] <= votes[e.type] / OVERWHELMING) return majority;
    if (e.type !== 'person') return e.type;
    // A company named after it counts as one more mark of an organisation.
    const organization = cues.organization + (companies.has(e.key) ? 1 : 0);
    if (cues.person > organization && cues.person >= cues.work) return 'person';
    if (organization > 0 || votes.organization > votes.person) return 'organization';
    // The title of a work ("the film Vera Drake") more often than a person: none of the three kinds.
    if (cues.work > cues.person) return null;
    if (votes.place > votes.person) return 'place';
    const articles = votes.person + votes.organization + votes.place;
    return articles >= UNMARKED_ARTICLES && nameWords(e.name).length === 1 && !personParts.has(e.key) ? null : 'person';
  }
}

/**
 * A city's name read as the place is its club when most articles read it as an organisation and this one
 * marks it as one ("Liverpool fans", "Liverpool striker"), or when nearly every article reads it so and the
 * corpus marks it as one again and again (a football corpus's "invest in Liverpool"). A corpus that reads
 * the name mostly as a place keeps it one, whatever a line says ("in Chicago, Sears Roebuck and Co said").
 */
function isClub(e: LocalEntity, votes: Record<EntityType, number>, cues: Cues): boolean {
  if (votes.organization <= votes.place) return false;
  if (e.cues.organization > e.cues.person) return true;
  return votes.organization >= MAJORITY_ARTICLES && votes.organization >= OVERWHELMING * votes.place &&
    cues.organization >= MAJORITY_ARTICLES && e.cues.person === 0;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];
const CUE_KINDS = [...TYPES, 'work'] as const;
