// What the corpus-wide merge needs to know of one article's entity on its own (its name's words and
// keys, its gazetteer entry, the keys it is known by): computed apart from the merge, so that a
// pool's merger can work them out while the other articles are still being analysed and leave the
// merge, which waits for every article, only the corpus-wide part.
import { aliasKey, initials, isAcronym, nameWords } from './aliases';
import { CORPORATE_SUFFIXES, INSTITUTION_HEADS } from './cues';
import { lookupGazetteer, type GazetteerEntry } from './gazetteer';
import type { LocalEntity } from './types';

export interface EntityFacts {
  /** nameWords of its name. */
  words: string[];
  /** aliasKey of its name's first and last words ('' for a name of no words). */
  firstKey: string;
  lastKey: string;
  /** Its name's capital initials, and whether the name is an acronym, and the acronym's letters. */
  initials: string;
  acronym: boolean;
  letters: string;
  gazetteer: GazetteerEntry | undefined;
  /** Alias keys of the names a company goes by (companyNameKeys), when it is read as an organisation. */
  companyKeys: string[];
  /** Its strong keys (strongKeys) with the type it has in its article. */
  strongKeys: string[];
}

/** Words between a company's name and its suffix ("Kidder, Peabody and Co"). */
const JOINERS = new Set(['and', '&', ',']);

export function entityFacts(e: LocalEntity): EntityFacts {
  const words = nameWords(e.name);
  return {
    words,
    firstKey: words.length > 0 ? aliasKey(words[0]) : '',
    lastKey: words.length > 0 ? aliasKey(words[words.length - 1]) : '',
    initials: initials(e.name),
    acronym: isAcronym(e.name),
    letters: e.name.replace(/[^\p{Lu}\p{N}]/gu, ''),
    gazetteer: lookupGazetteer(e.name),
    companyKeys: e.type === 'organization' ? companyNameKeys(e) : [],
    strongKeys: strongKeys(e),
  };
}

/** Alias keys of the names a company goes by: "Chrysler Corp" gives "Chrysler", "Shearson Lehman Brothers" "Shearson Lehman" and "Shearson". */
function companyNameKeys(e: LocalEntity): string[] {
  const keys: string[] = [];
  for (const form of [e.name, ...e.aliases]) {
    const words = nameWords(form).map((w) => w.replace(/,$/, ''));
    let end = words.length;
    while (end > 1 && (CORPORATE_SUFFIXES.has(words[end - 1]) || JOINERS.has(words[end - 1]))) end--;
    if (end === words.length) continue;
    keys.push(aliasKey(words.slice(0, end).join(' ')));
    keys.push(aliasKey(words[0]));
  }
  return keys;
}

/**
 * Keys that identify an entity anywhere: its name and its full aliases; not a bare surname or
 * institution head, and not an acronym one article spelt out (another may mean something else by it; see the unique-initials rule).
 */
export function strongKeys(e: LocalEntity): string[] {
  // A bare institution head ("Commission") stood for a different full name in each article.
  // Nor the last word of its own name ("United" of "Manchester United", also "Dundee United"'s).
  const words = nameWords(e.name);
  const head = words.length > 1 ? words[words.length - 1] : undefined;
  const full = e.aliases.filter((a) => nameWords(a).length > 1 || (!isAcronym(a) && e.type !== 'person' && !INSTITUTION_HEADS.has(a) && a !== head));
  return [...new Set([e.key, ...full.map(aliasKey)])];
}
