// The vocabulary of an index being built: a word's provisional id, looked up from its letters
// in place (a range of a folded text), so that no string is made for a word seen before. A Map
// keyed by a fresh string per word read was the largest cost of a cold build on Reuters.

/** FNV-1a over code units, started and stepped: forEachWordRun hashes a word while reading it. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

export function hashRange(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

export class TermTable {
  /** Provisional id of each word: its position here. */
  readonly words: string[] = [];
  private hashes: Int32Array = new Int32Array(1 << 12);
  /** Open addressing: id + 1 per slot, 0 when empty; never more than half full. */
  private slots: Int32Array = new Int32Array(1 << 13);

  get size(): number {
    return this.words.length;
  }

  /** The id of the word text[start, end) (whose hashRange is `h`), added when new. */
  idOf(text: string, start: number, end: number, h = hashRange(text, start, end)): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s];
      if (slot === 0) return this.add(text.slice(start, end), h, s);
      const id = slot - 1;
      if (this.hashes[id] !== h) continue;
      const word = this.words[id];
      if (word.length !== len) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return id;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = this.hashes[id] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}
