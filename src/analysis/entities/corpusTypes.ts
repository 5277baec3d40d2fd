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
import { noCues, type Cues } from './contextCues';
import { entityFacts, type EntityFacts } from './mergeFacts';
import { CONFIDENT, type LocalEntity } from './types';

/** How many times more articles must read a name another way to overrule this article's reading. */
const OVERWHELMING = 4;
/** Gazetteer kinds of places that are never an organisation's name alone. */
const STATES = new Set(['country', 'state']);
/** ... and at least this many: a few articles (one sports round-up's teams, a city's dateline) prove nothing. */
const MAJORITY_ARTICLES = 10;

/** Articles a name must stand in before the absence of any mark of a person counts against it. */
const UNMARKED_ARTICLES = 3;

interface KeyEvidence {
  /** Articles that type the name each way. */
  votes: Record<EntityType, number>;
  /** Context cues for each kind, over the corpus. */
  cues: Cues;
}

/**
 * The type each entity takes in the corpus, in order; null for a name that is no person and has no
 * other reading. `facts` are each entity's entityFacts, when worked out already.
 */
export function corpusTypes(entities: readonly LocalEntity[], facts: readonly EntityFacts[] = entities.map(entityFacts)): (EntityType | null)[] {
  const byKey = new Map<string, KeyEvidence>();
  const personParts = new Set<string>();
  // Alias keys of the names companies go by: "Chrysler Corp" gives "Chrysler", "Shearson Lehman Brothers" "Shearson Lehman" and "Shearson".
  const companies = new Set<string>();
  entities.forEach((e, i) => {
    let k = byKey.get(e.key);
    if (!k) byKey.set(e.key, (k = { votes: { person: 0, organization: 0, place: 0 }, cues: noCues() }));
    k.votes[e.type]++;
    for (const t of CUE_KINDS) k.cues[t] += e.cues[t];
    const { words, firstKey, lastKey } = facts[i];
    if (e.type === 'person' && words.length > 1 && e.evidence.person >= CONFIDENT) {
      personParts.add(firstKey);
      personParts.add(lastKey);
    }
    for (const key of facts[i].companyKeys) companies.add(key);
  });
  const types = entities.map((e, i) => typeOf(e, facts[i]));
  // "Nintendo Europe", "Chrysler LeBaron": a name read as a person's that starts with a one-word name
  // the corpus reads as an organisation in several articles, and that nothing marks as a person's, is the organisation's.
  const orgArticles = new Map<string, number>();
  entities.forEach((e, i) => {
    if (types[i] === 'organization' && facts[i].words.length === 1) orgArticles.set(e.key, (orgArticles.get(e.key) ?? 0) + 1);
  });
  return entities.map((e, i) => {
    const { words, firstKey } = facts[i];
    if (types[i] !== 'person' || words.length < 2 || byKey.get(e.key)!.cues.person > 0) return types[i];
    return (orgArticles.get(firstKey) ?? 0) >= UNMARKED_ARTICLES ? 'organization' : types[i];
  });

  function typeOf(e: LocalEntity, { gazetteer: known, words }: EntityFacts): EntityType | null {
    const { votes, cues } = byKey.get(e.key)!;
    if (e.type === 'place' && known?.kind === 'city' && isClub(e, votes, cues)) return 'organization';
    if (e.known) return e.type;
    // Nearly every article reads it one other way ("JAPAN" in a headline read as an organisation).
    const majority = TYPES.reduce((a, b) => (votes[b] > votes[a] ? b : a));
    // Not between teams and their cities: "Chicago" in results is the team, as "NEW YORK AT CHICAGO" is in
    // a line of capitals; a country or a state alone is a place even as a team (CoNLL-2003's reading),
    // and a place the gazetteer does not know that most articles read as an organisation is one ("Shearson").
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
    return articles >= UNMARKED_ARTICLES && words.length === 1 && !personParts.has(e.key) ? null : 'person';
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
