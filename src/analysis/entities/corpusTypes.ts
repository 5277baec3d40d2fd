// Each article's entity type, settled with evidence from the whole corpus. One article's tagger reads
// "Chrysler" or "Shearson" as a surname; the corpus names "Chrysler Corp" and "Shearson Lehman
// Brothers", writes "Chrysler said its", and never puts a first name or a title before either.
//  - a name read as a person's, which the corpus marks as one (a title or role before it, "who" after
//    it) no more often than as an organisation ("said its", "'s shares", a company named after it), is
//    an organisation when it has such marks or more articles type it so; a place when more articles do;
//  - a name read as a person's that the corpus calls a work more often than a person ("the film Vera
//    Drake", "Harry Potter author") is left out: a work is none of the three kinds;
//  - a one-word name read as a person's in several articles, which the corpus never marks as one nor
//    uses as a part of a full personal name ("Nintendo", "PlayStation"), is no person, and is left out.
//    (In one or two articles that proves little: results tables name players by surname alone.)
import type { EntityType } from '../types';
import { aliasKey, nameWords } from './aliases';
import { noCues, type Cues } from './contextCues';
import { CORPORATE_SUFFIXES } from './cues';
import { CONFIDENT, type LocalEntity } from './types';

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
  return entities.map((e) => {
    if (e.type !== 'person' || e.known) return e.type;
    const { votes, cues } = byKey.get(e.key)!;
    // A company named after it counts as one more mark of an organisation.
    const organization = cues.organization + (companies.has(e.key) ? 1 : 0);
    if (cues.person > organization && cues.person >= cues.work) return 'person';
    if (organization > 0 || votes.organization > votes.person) return 'organization';
    // The title of a work ("the film Vera Drake") more often than a person: none of the three kinds.
    if (cues.work > cues.person) return null;
    if (votes.place > votes.person) return 'place';
    const articles = votes.person + votes.organization + votes.place;
    return articles >= UNMARKED_ARTICLES && nameWords(e.name).length === 1 && !personParts.has(e.key) ? null : 'person';
  });
}

const CUE_KINDS = ['person', 'organization', 'place', 'work'] as const;
