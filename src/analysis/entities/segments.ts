// Cuts a run of name words into the names it holds: "Natural Resources Minister Alexander Kozlov"
// is a portfolio, a title and a person; "US National Security Council" a country and an organisation;
// "Russia-DPRK" two places, while "Lee Byong-Chol" stays one name.
import { NOBLE_TITLES, ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_HEADS, PLURAL_TITLES, ROLE_TITLES, TITLES } from './cues';
import { isDemonym, lookupGazetteer, startsPersonalName, type GazetteerEntry } from './gazetteer';
import { aliasKey } from './aliases';
import type { NameScanner, Run } from './runs';

export interface Segment extends Run {
  /** Came after a title inside the run ("President Vladimir Putin"). */
  titled: boolean;
  /** Only a demonym ("Korean"): kept only when a place head follows ("the Korean peninsula"). */
  demonym: boolean;
  gazetteer?: GazetteerEntry;
}

const isHead = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w);

export function segmentRuns(scan: NameScanner, runs: Run[]): Segment[] {
  const segments = runs.flatMap((r) => segmentRun(scan, r.from, r.to, false));
  return splitKnownHyphens(scan, segments);
}

function segment(scan: NameScanner, from: number, to: number, titled: boolean, demonym = false): Segment {
  return { from, to, titled, demonym, gazetteer: lookupGazetteer(scan.slice(from, to)) };
}

function segmentRun(scan: NameScanner, from: number, to: number, titled: boolean): Segment[] {
  const tk = scan.tokens;
  while (from <= to && !scan.isNameWord(from)) from++;
  // Trailing connectors go ("House of" once a title is cut); a lower-case name part after a hyphen stays ("Jong-un").
  while (to >= from && !scan.isNameWord(to) && !(scan.isWord(to) && tk[to - 1]?.text === '-')) to--;
  if (from > to) return [];
  if (lookupGazetteer(scan.slice(from, to))) return [segment(scan, from, to, titled)];

  // "Rapper Kanye West", "Distributor Sony Pictures": a role noun capitalised only by the sentence start.
  const first = tk[from].text.toLowerCase();
  const role = (nouns: Set<string>): boolean => nouns.has(first) || nouns.has(first.replace(/s$/, ''));
  if (tk[from].initial && from < to && (role(PERSON_NOUNS) || role(ORG_NOUNS))) {
    return segmentRun(scan, from + 1, to, role(PERSON_NOUNS));
  }
  // "Labour MPs": the group's title is not part of the name (but "House of Lords" keeps its last word).
  if (PLURAL_TITLES.has(tk[to].text) && to > from && scan.isNameWord(to - 1)) return segmentRun(scan, from, to - 1, titled);

  // Titles: the name is what follows the last title; before it stands a portfolio or an employer.
  for (let t = to - 1; t >= from; t--) {
    if (!TITLES.has(tk[t].text)) continue;
    const nameWords = tk.slice(t + 1, to + 1).filter((w) => /^\p{L}/u.test(w.text));
    if (nameWords.every((w) => TITLES.has(w.text)) || isHead(tk[to].text)) continue;
    // "Mary Queen of Scots": a given name, then a style of rank; the whole is the person's name.
    if (tk[t + 1].text === 'of' && NOBLE_TITLES.has(tk[t].text) && t === from + 1 && startsPersonalName(tk[from].text)) {
      return [segment(scan, from, to, true)];
    }
    const out = employer(scan, from, t - 1);
    if (tk[t + 1].text === 'of') return [...out, ...segmentRun(scan, t + 2, to, false)];
    return [...out, ...segmentRun(scan, t + 1, to, true)];
  }
  if (tk.slice(from, to + 1).every((w) => TITLES.has(w.text) || PLURAL_TITLES.has(w.text) || !/^\p{L}/u.test(w.text))) return [];
  // "the Industry Secretary", "NATO Secretary General": a role; only an employer before it is a name.
  if (ROLE_TITLES.has(tk[to].text)) return employer(scan, from, to - 1);

  // A leading demonym qualifies a person ("Russian President ...") but belongs to an organisation's name.
  for (let e = to; e >= from; e--) {
    if (!scan.isNameWord(e) || !isDemonym(scan.slice(from, e))) continue;
    if (e === to) return [segment(scan, from, to, titled, true)];
    if (isHead(tk[to].text)) return [segment(scan, from, to, titled)];
    return segmentRun(scan, e + 1, to, titled);
  }

  // "US National Security Council", "U.S. State Department": a country, then its institution;
  // "BBC Michael Howard": an outlet, then a person.
  for (let e = to - 1; e >= from; e--) {
    if (!scan.isNameWord(e)) continue;
    const known = lookupGazetteer(scan.slice(from, e));
    if (!known) continue;
    const rest = scan.slice(e + 1, to);
    // Only a country: "London Stock Exchange" and "Manchester United" are names of their own.
    const institution = known.kind === 'country' && ((to - e >= 2 && ORG_HEADS.has(tk[to].text)) || lookupGazetteer(rest) !== undefined);
    const person = to - e >= 2 && startsPersonalName(tk[e + 1].text) && !isHead(tk[to].text);
    if (institution || person) return [segment(scan, from, e, false), ...segmentRun(scan, e + 1, to, titled)];
    break;
  }
  return [segment(scan, from, to, titled)];
}

/** Keeps a known place or organisation standing before a title ("UK Foreign Secretary"); drops the portfolio. */
function employer(scan: NameScanner, from: number, to: number): Segment[] {
  for (let e = to; e >= from; e--) {
    if (!scan.isNameWord(e)) continue;
    const g = lookupGazetteer(scan.slice(from, e));
    if (g) return [segment(scan, from, e, false)];
  }
  if (to > from && ORG_HEADS.has(scan.tokens[to].text)) return [segment(scan, from, to, false)];
  return [];
}

/**
 * A hyphen between two capitalised words joins one name ("Lee Byong-Chol") unless both sides are
 * names in their own right elsewhere in the text or in the gazetteer ("Putin-Kim talks", "North Korea-Russia").
 */
function splitKnownHyphens(scan: NameScanner, segments: Segment[]): Segment[] {
  const tk = scan.tokens;
  const hyphenAt = (s: Segment): number => {
    for (let h = s.from + 1; h < s.to; h++) if (tk[h].text === '-' && tk[h + 1].cap && tk[h - 1].cap) return h;
    return -1;
  };
  const known = new Set(segments.filter((s) => hyphenAt(s) < 0).map((s) => aliasKey(scan.slice(s.from, s.to))));
  const isKnown = (from: number, to: number): boolean => {
    const text = scan.slice(from, to);
    return known.has(aliasKey(text)) || lookupGazetteer(text) !== undefined;
  };
  const split = (s: Segment): Segment[] => {
    const h = hyphenAt(s);
    if (h < 0) return [s];
    let leftKnown = false;
    for (let a = s.from; a < h && !leftKnown; a++) leftKnown = isKnown(a, h - 1);
    let rightKnown = false;
    for (let b = s.to; b > h && !rightKnown; b--) rightKnown = isKnown(h + 1, b);
    if (!leftKnown || !rightKnown) return [s];
    return [
      ...split(segment(scan, s.from, h - 1, s.titled)),
      ...split(segment(scan, h + 1, s.to, false)),
    ];
  };
  return segments.flatMap(split);
}
