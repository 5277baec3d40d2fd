// A bounded selection of the best-scored items: keeping the k nearest neighbours of each article
// costs O(candidates · log k) and O(k) memory, where sorting every candidate cost O(c log c).

/** Keeps the `k` best (index, score) pairs offered: higher score first, the lower index on ties. */
export class BestK {
  private readonly indexes: number[] = [];
  private readonly scores: number[] = [];

  constructor(readonly k: number) {}

  /** The lowest score an offer needs to be kept (ties are then settled by index). */
  get threshold(): number {
    return this.indexes.length < this.k ? -Infinity : this.scores[0];
  }

  offer(index: number, score: number): void {
    if (this.k <= 0) return;
    if (this.indexes.length < this.k) {
      this.indexes.push(index);
      this.scores.push(score);
      this.siftUp(this.indexes.length - 1);
    } else if (this.worse(0, index, score)) {
      this.indexes[0] = index;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The kept pairs, best first; empties the selection for reuse. */
  drain(): { index: number; score: number }[] {
    const kept = this.indexes.map((index, i) => ({ index, score: this.scores[i] }));
    this.indexes.length = 0;
    this.scores.length = 0;
    return kept.sort((x, y) => y.score - x.score || x.index - y.index);
  }

  // A min-heap on quality: the root is the worst kept pair, the one a better offer replaces.
  /** Whether the kept pair at heap slot `i` ranks below (index, score). */
  private worse(i: number, index: number, score: number): boolean {
    return this.scores[i] < score || (this.scores[i] === score && this.indexes[i] > index);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, this.indexes[parent], this.scores[parent])) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.indexes.length;
    for (;;) {
      let worst = i;
      const left = 2 * i + 1;
      const right = left + 1;
      if (left < n && this.worse(left, this.indexes[worst], this.scores[worst])) worst = left;
      if (right < n && this.worse(right, this.indexes[worst], this.scores[worst])) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    [this.indexes[i], this.indexes[j]] = [this.indexes[j], this.indexes[i]];
    [this.scores[i], this.scores[j]] = [this.scores[j], this.scores[i]];
  }
}
