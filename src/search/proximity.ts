// Reads one article's words in order to find where the query words stand: whether each
// phrase occurs (its words next to each other, in order), and how close neighbouring query
// words come (a proximity bonus: next to each other in order scores most). The headline and
// the text are read apart, so a headline's last word is never next to the text's first.
import type { Postings } from './postings';
import type { TermGroup } from './plan';

/** Slot bits per term id (bit s: the word may stand for slot s); 32 slots at most. */
export type SlotMasks = Uint32Array;

export const MAX_SLOTS = 32;
/** Query words further apart than this many words earn nothing. */
const WINDOW = 8;

/** How much a pair of neighbouring query words earns at a distance (negative: the wrong order). */
function closeness(distance: number): number {
  if (distance > 0) return distance <= WINDOW ? 1 / distance : 0;
  return -distance <= WINDOW ? 0.5 / -distance : 0;
}

export interface ArticleScan {
  /** Every adjacent group (phrase) occurs. */
  phrasesFound: boolean;
  /** For each neighbouring pair of slots (s, s + 1): the best closeness found. */
  pairs: Float64Array;
}

const NONE = -1e9;

export class ProximityScanner {
  private readonly last: Float64Array;
  private readonly chain: Float64Array;
  private readonly found: Uint8Array;
  private readonly groupOf: Int32Array;
  private readonly startsGroup: Uint8Array;
  readonly pairs: Float64Array;

  constructor(
    private readonly p: Postings,
    private readonly masks: SlotMasks,
    private readonly slots: number,
    private readonly groups: readonly TermGroup[],
  ) {
    this.last = new Float64Array(slots);
    this.chain = new Float64Array(slots);
    this.found = new Uint8Array(groups.length);
    this.pairs = new Float64Array(Math.max(0, slots - 1));
    this.groupOf = new Int32Array(slots).fill(-1);
    this.startsGroup = new Uint8Array(slots);
    groups.forEach((g, i) => {
      if (!g.adjacent) return;
      for (let s = g.first; s <= g.last; s++) this.groupOf[s] = i;
      this.startsGroup[g.first] = 1;
    });
  }

  /** Scans article `doc`; the result's arrays are reused by the next call. */
  scan(doc: number): ArticleScan {
    const { p, groups } = this;
    const stream = p.stream!;
    const from = p.streamStart![doc];
    const to = p.streamStart![doc + 1];
    const headlineEnd = from + p.lengths[doc * p.fields];
    this.pairs.fill(0);
    this.found.fill(0);
    this.readRange(stream, from, headlineEnd);
    this.readRange(stream, headlineEnd, to);
    let phrasesFound = true;
    for (let g = 0; g < groups.length; g++) if (groups[g].adjacent && !this.found[g]) phrasesFound = false;
    return { phrasesFound, pairs: this.pairs };
  }

  private readRange(stream: Uint32Array, from: number, to: number): void {
    const { masks, slots, last, chain, pairs, groupOf, startsGroup, found, groups } = this;
    last.fill(NONE);
    chain.fill(NONE);
    for (let at = from; at < to; at++) {
      const mask = masks[stream[at]];
      if (mask === 0) continue;
      const p = at - from;
      // Highest slot first, so a word standing for two neighbouring slots is not its own neighbour.
      for (let s = slots - 1; s >= 0; s--) {
        if (!(mask & (1 << s))) continue;
        if (s > 0 && last[s - 1] !== NONE) {
          const c = closeness(p - last[s - 1]);
          if (c > pairs[s - 1]) pairs[s - 1] = c;
        }
        if (s + 1 < slots && last[s + 1] !== NONE) {
          const c = closeness(last[s + 1] - p);
          if (c > pairs[s]) pairs[s] = c;
        }
        const g = groupOf[s];
        if (g >= 0) {
          const continues = startsGroup[s] === 1 || chain[s - 1] === p - 1;
          if (continues) {
            chain[s] = p;
            if (s === groups[g].last) found[g] = 1;
          }
        }
        last[s] = p;
      }
    }
  }
}
