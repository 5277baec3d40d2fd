// How well words stand for one query word, remembered across keystrokes: typing changes one
// word of the query at a time, and the other words' weights (stems, edit distances over the
// words of every passage on screen) are what they were a keystroke ago.
import type { IdRun, Slot } from './plan';
import { weighWord } from './snippets';
import { termId } from './vocabulary';

/** How well a folded word stands for the query word (0: not at all). */
export type SlotWeigher = (word: string) => number;

/** Query words remembered per vocabulary (most recently used kept); words weighed per query word before starting over. */
const SLOTS_KEPT = 64;
const WORDS_KEPT = 100_000;

const weighers = new WeakMap<readonly string[], Map<string, SlotWeigher>>();

/**
 * A word the index did not match for the query word (`runs`, its expansion in `terms`) weighs
 * 0 without being compared: most words of a passage are not the query word, and comparing is
 * stemming and edit distances.
 */
function newWeigher(terms: readonly string[], runs: readonly IdRun[], slot: Slot, typing: boolean): SlotWeigher {
  let byWord = new Map<string, number>();
  let matched: Uint8Array | null = null;
  return (word) => {
    let w = byWord.get(word);
    if (w === undefined) {
      if (!matched) {
        matched = new Uint8Array(terms.length);
        for (const run of runs) matched.fill(1, run.from, run.to);
      }
      const id = termId(terms, word);
      w = id >= 0 && matched[id] ? weighWord(word, slot, typing) : 0;
      if (byWord.size >= WORDS_KEPT) byWord = new Map();
      byWord.set(word, w);
    }
    return w;
  };
}

/** The weigher of a query word over a vocabulary, the same function for the same word, mode and typing state. */
export function slotWeigher(terms: readonly string[], runs: readonly IdRun[], slot: Slot, typing: boolean): SlotWeigher {
  let known = weighers.get(terms);
  if (!known) weighers.set(terms, (known = new Map()));
  const key = `${slot.mode}\u0000${typing ? 1 : 0}\u0000${slot.token}`;
  let weigher = known.get(key);
  if (weigher) known.delete(key);
  else {
    weigher = newWeigher(terms, runs, slot, typing);
    if (known.size >= SLOTS_KEPT) known.delete(known.keys().next().value!);
  }
  known.set(key, weigher);
  return weigher;
}
