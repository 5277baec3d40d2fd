// Score vectors (one number per tag) kept in one growing array and named by their offset. A
// Float64Array of 17 numbers is too large for V8's heap and gets a buffer of its own: allocating and
// collecting one per feature group of every word tagging meets was a large share of its cost.
import { NTAGS } from './decode';

/** An offset into VectorArena.data; NO_VECTOR where a vector would add nothing. */
export type VectorAt = number;
export const NO_VECTOR: VectorAt = -1;

export class VectorArena {
  data = new Float64Array(NTAGS * 4096);
  private top = 0;
  /** Vectors below this offset outlive reset(). */
  private kept = 0;

  /** A new vector of zeros. */
  alloc(): VectorAt {
    if (this.top + NTAGS > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.top;
    this.top += NTAGS;
    return at;
  }

  /** Gives back the vector alloc() returned last. */
  freeLast(at: VectorAt): void {
    if (at + NTAGS === this.top) {
      this.data.fill(0, at, this.top);
      this.top = at;
    }
  }

  /** Keeps the vectors allocated so far through every later reset(). */
  keepAll(): void {
    this.kept = this.top;
  }

  /** Forgets every vector allocated since keepAll(). */
  reset(): void {
    this.data.fill(0, this.kept, this.top);
    this.top = this.kept;
  }

  /** Whether the vector at `at` holds anything but zeros. */
  nonZero(at: VectorAt): boolean {
    for (let k = at; k < at + NTAGS; k++) if (this.data[k] !== 0) return true;
    return false;
  }
}
