// Matching a typed name (`by:`, `outlet:`) against the names a speaker or outlet goes by:
// any case, hyphens and spaces optional, a typo forgiven.
import { boundedEditDistance, typoAllowance, wordTokens } from './text';

function similar(a: string, b: string): boolean {
  const allowed = typoAllowance(Math.min(a.length, b.length));
  return a === b || (allowed > 0 && boundedEditDistance(a, b, allowed) <= allowed);
}

/**
 * True when `typed` names one of `names`: each typed word is (a typo of) a word of the
 * same name ("putin", "Vladmir Putin"), or the typed words run together equal the
 * name's words run together ("kimjongun" for "Kim Jong-un").
 */
export function namesMatch(typed: string, names: readonly string[]): boolean {
  const words = wordTokens(typed);
  if (!words.length) return false;
  const joined = words.join('');
  return names.some((name) => {
    const nameWords = wordTokens(name);
    if (words.every((w) => nameWords.some((n) => similar(w, n)))) return true;
    return similar(joined, nameWords.join(''));
  });
}
