// Pairs of names the text itself declares equal: "DPRK stands for the Democratic People's Republic
// of Korea", "X refers to Y", "Korean Central News Agency (KCNA)" when the letters fit.
import { abbreviates } from './aliases';
import type { Candidate } from './candidates';

const DEFINES = /^\s+(?:stands for|refers to|is short for|is an abbreviation (?:of|for)|means)\s+(?:the\s+)?$/i;

/** Index pairs [i, j] of candidates (in text order) that a definition links. */
export function definitionPairs(text: string, candidates: Candidate[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const gap = text.slice(a.span.end, b.span.start);
    if (DEFINES.test(gap)) pairs.push([i, i + 1]);
    else if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(b.span.end)) && spells(a, b)) pairs.push([i, i + 1]);
  }
  return pairs;
}

/** "Name (ACRONYM)" or "ACRONYM (Name)" where the letters fit; "Philip Roth (US)" is a list, not a definition. */
function spells(a: Candidate, b: Candidate): boolean {
  return (b.acronym && abbreviates(b.text, a.text)) || (a.acronym && abbreviates(a.text, b.text));
}
