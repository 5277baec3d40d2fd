// A parsed query made ready to score: each word of each term becomes a slot, with the
// vocabulary words it stands for (itself, longer words it starts, typos of it) and how much
// each kind of match is worth.
import type { QueryBranch, QueryTerm } from './query';
import { sameStem } from './stem';
import { typoAllowance, wordTokens } from './text';
import { fuzzyTerms, prefixRange, scanTerms, termId } from './vocabulary';

/** How a vocabulary word stands for a query word; best first. */
export const EXACT = 0;
export const PREFIX = 1;
export const TYPO = 2;
/** Another form of the same word ("quota" for "quotas"): counted with the word itself, at STEM_SCALE. */
export const STEM = 3;
export type MatchKind = typeof EXACT | typeof PREFIX | typeof TYPO | typeof STEM;

/** A run of term ids [from, to) matching one way; a typo's `scale` says how close it is (1 one edit). */
export interface IdRun {
  from: number;
  to: number;
  kind: MatchKind;
  scale: number;
}

export type SlotMode = 'word' | 'exact' | 'prefix' | 'suffix' | 'infix';

export interface Slot {
  token: string;
  mode: SlotMode;
  /** The term this word belongs to, and whether its words must stand next to each other. */
  term: number;
}

export interface TermGroup {
  /** Slot indexes [first, last] of the term's words. */
  first: number;
  last: number;
  /** Words must stand next to each other, in order (a phrase, or an operator over several words). */
  adjacent: boolean;
}

/** A typo two edits away is worth this much of one a single edit away; a typo of a word's start, this much. */
const SECOND_EDIT = 0.6;
const PARTIAL = 0.5;
const STEM_SCALE = 0.8;

function slotMode(term: QueryTerm, i: number, last: number): SlotMode {
  switch (term.kind) {
    case 'word':
      return 'word';
    case 'whole':
      return 'exact';
    case 'phrase':
      return term.open && i === last ? 'prefix' : 'exact';
    case 'prefix':
      return i === last ? 'prefix' : 'exact';
    case 'suffix':
      return i === 0 ? 'suffix' : 'exact';
    case 'substring':
      if (last === 0) return 'infix';
      return i === 0 ? 'suffix' : i === last ? 'prefix' : 'exact';
  }
}

/** The slots and term groups of a branch's included (or excluded) terms. */
function slotsOf(terms: readonly QueryTerm[]): { slots: Slot[]; groups: TermGroup[] } {
  const slots: Slot[] = [];
  const groups: TermGroup[] = [];
  terms.forEach((term, t) => {
    const tokens = wordTokens(term.value);
    if (!tokens.length) return;
    const first = slots.length;
    tokens.forEach((token, i) => slots.push({ token, mode: slotMode(term, i, tokens.length - 1), term: t }));
    groups.push({ first, last: slots.length - 1, adjacent: term.kind !== 'word' && tokens.length > 1 });
  });
  return { slots, groups };
}

/**
 * The vocabulary words a slot stands for. A plain word takes itself, every longer word it
 * starts (two letters or more) and its typos within the length's allowance; all of them,
 * whatever the corpus holds, so a misspelling the corpus itself contains never hides the
 * word meant. Scoring ranks them: exact, then longer words, then typos.
 */
export function expandSlot(terms: readonly string[], slot: Slot, typing: boolean): IdRun[] {
  // Each keystroke changes one word: the others' expansions are looked up again, not recomputed.
  let cache = expansions.get(terms);
  if (!cache) expansions.set(terms, (cache = new Map()));
  const key = `${slot.mode}\u0000${typing ? 1 : 0}\u0000${slot.token}`;
  let runs = cache.get(key);
  if (!runs) {
    if (cache.size >= EXPANSIONS_KEPT) cache.clear();
    cache.set(key, (runs = expand(terms, slot, typing)));
  }
  return runs;
}

const expansions = new WeakMap<readonly string[], Map<string, IdRun[]>>();
const EXPANSIONS_KEPT = 500;

function expand(terms: readonly string[], slot: Slot, typing: boolean): IdRun[] {
  const { token, mode } = slot;
  const runs: IdRun[] = [];
  const exact = termId(terms, token);
  if (exact >= 0) runs.push({ from: exact, to: exact + 1, kind: EXACT, scale: 1 });
  if (mode === 'exact') return runs;
  if (mode === 'suffix' || mode === 'infix') {
    for (const id of scanTerms(terms, token, mode)) runs.push({ from: id, to: id + 1, kind: PREFIX, scale: 1 });
    return runs;
  }
  const [from, to] = prefixRange(terms, token);
  const longer = exact >= 0 ? from + 1 : from;
  const prefixOk = mode === 'prefix' || token.length >= 2;
  const stems = mode === 'word' ? sameStem(terms, token) : [];
  for (const id of stems) runs.push({ from: id, to: id + 1, kind: STEM, scale: STEM_SCALE });
  if (prefixOk) {
    // Longer words, less those counted as the same word's other forms ("exports" for "export").
    let at = longer;
    for (const id of [...stems, to].filter((id) => id >= longer && id <= to).sort((a, b) => a - b)) {
      if (id > at) runs.push({ from: at, to: id, kind: PREFIX, scale: 1 });
      at = Math.max(at, id + 1);
    }
  }
  if (mode === 'prefix') return runs;
  const allowed = typoAllowance(token.length);
  if (!allowed) return runs;
  const taken = new Set(stems);
  // A word being typed may be misspelt in the start typed so far only when no word starts so: while
  // some do, the start is taken as typed, or every keystroke would list thousands ('opec': operating).
  const partial = typing && to === from;
  for (const f of fuzzyTerms(terms, token, allowed, partial)) {
    if ((f.id >= from && f.id < to) || taken.has(f.id)) continue; // the word itself, one it starts, another form of it
    const scale = (f.distance > 1 ? SECOND_EDIT : 1) * (f.partial ? PARTIAL : 1);
    runs.push({ from: f.id, to: f.id + 1, kind: TYPO, scale });
    taken.add(f.id);
  }
  // The other forms of a one-edit correction ("prcies": prices, and so price).
  const corrections = runs.filter((r) => r.kind === TYPO && r.scale === 1).map((r) => r.from);
  if (corrections.length <= 3) {
    for (const id of corrections) {
      for (const other of sameStem(terms, terms[id])) {
        if (taken.has(other) || (other >= from && other < to)) continue;
        taken.add(other);
        runs.push({ from: other, to: other + 1, kind: TYPO, scale: STEM_SCALE });
      }
    }
  }
  return runs;
}

export interface PlannedBranch {
  branch: QueryBranch;
  slots: Slot[];
  groups: TermGroup[];
  excluded: { slots: Slot[]; groups: TermGroup[] };
}

export function planBranch(branch: QueryBranch): PlannedBranch {
  // A plain `!word` leaves out words starting with it.
  const exclusions = branch.exclude.map((t) => (t.kind === 'word' ? { ...t, kind: 'prefix' as const } : t));
  return { branch, ...slotsOf(branch.include), excluded: slotsOf(exclusions) };
}
