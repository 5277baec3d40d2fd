// Alias keys and acronyms: when two surface forms name the same thing.
import { HEAD_CLASSES, INITIALS_SKIP, TITLES, PERSON_NOUNS } from './cues';

const stripDiacritics = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * A comparison key insensitive to case, hyphens, spacing, dots, apostrophes, diacritics, a leading
 * "the" and a trailing possessive: "Kim Jong Un", "Kim Jong-un" and "kim jong-Un" share one key.
 * Generic heads are replaced by their class, so "X Cosmodrome" and "X space center" share one too.
 */
export function aliasKey(name: string): string {
  let key = aliasKeys.get(name);
  if (key === undefined) {
    // Linking speakers and merging entities ask for the same few thousand names again and again.
    if (aliasKeys.size >= ALIAS_KEY_CACHE_LIMIT) aliasKeys.clear();
    key = computeAliasKey(name);
    aliasKeys.set(name, key);
  }
  return key;
}

const ALIAS_KEY_CACHE_LIMIT = 100_000;
const aliasKeys = new Map<string, string>();
const HEAD_CLASS_ENTRIES = Object.entries(HEAD_CLASSES);

function computeAliasKey(name: string): string {
  let s = stripDiacritics(name).toLowerCase().replace(/[’‘`]/g, "'").trim();
  s = s.replace(/'s?$/, '').replace(/^the\s+/, '');
  for (const [head, cls] of HEAD_CLASS_ENTRIES) {
    if (s.endsWith(' ' + head)) {
      s = s.slice(0, -head.length) + '#' + cls;
      break;
    }
  }
  return s.replace(/[^\p{L}\p{N}#]/gu, '');
}

/** A URL- and id-safe slug: "Kim Jong-un" → "kim-jong-un". */
export function slug(name: string): string {
  return stripDiacritics(name).toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** "KCNA", "U.S.", "G7": two or more capitals (digits allowed), with or without dots. */
export function isAcronym(s: string): boolean {
  return /^\p{Lu}\.?(?:[\p{Lu}\p{N}&]\.?)+$/u.test(s);
}

/** The capital initials of a multi-word name, small words skipped: "Korean Central News Agency" → "KCNA". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** True when `acronym` abbreviates `name` ("DPRK" and "Democratic People's Republic of Korea"). */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  return letters.length >= 2 && name.split(/\s+/).length >= 2 && initials(name) === letters;
}

/** The words of a name without a possessive ending. */
export function nameWords(name: string): string[] {
  return name.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
}

/**
 * Drops leading titles and role words: "Mr. Putin" → "Putin", "President Vladimir Putin" → "Vladimir Putin",
 * "spokesperson Matthew Miller" → "Matthew Miller". A name that is only a title is left as it is.
 */
export function stripTitles(name: string): string {
  const words = nameWords(name.trim());
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i]) || TITLES.has(words[i].replace(/\.$/, '')) || PERSON_NOUNS.has(words[i]))) i++;
  return words.slice(i).join(' ');
}
