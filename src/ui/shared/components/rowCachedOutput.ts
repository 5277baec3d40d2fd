// Ink's Output with each screen row kept from frame to frame. Ink composes every frame cell by
// cell: it rebuilds a grid of one object a cell, splits each written line into styled characters
// and turns each row back into text, for all rows whatever changed. A key that moves the list's
// cursor changes two rows of forty, yet that composition was most of a key's CPU time (a CPU
// profile of 200 keys on bbc at 120x40). Here a row whose writes are the same as in a recent frame
// takes its text from then, and a new one is composed by Ink's own Output, alone, so the text is
// always Ink's. The build (scripts/build.mjs) puts this class in Ink's place in the bundle.

/** What this relies on of Ink's Output (ink/build/output.js): its constructor, operations and get(). */
export interface InkOutput {
  width: number;
  height: number;
  operations: readonly OutputOperation[];
  write(x: number, y: number, text: string, options: { transformers: readonly Transformer[] }): void;
  get(): { output: string; height: number };
}

/** What a <Text> does to each of its lines (its colours, say), applied when the frame is composed. */
export type Transformer = (line: string, index: number) => string;

export type OutputOperation =
  | { type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[] }
  | { type: 'clip'; clip: unknown }
  | { type: 'unclip' };

export type InkOutputClass = new (options: { width: number; height: number }) => InkOutput;

/** Rows kept: two generations of up to this many, more than a few screens of a scrolled pane. */
const GENERATION_SIZE = 400;

/** Composed rows by what was written to them, in two generations: a full one becomes the old one. */
class RowCache {
  private current = new Map<string, string>();
  private old = new Map<string, string>();

  get(key: string): string | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, row: string): void {
    if (this.current.size >= GENERATION_SIZE) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, row);
  }
}

/** A row's writes in order: where each line starts and the line. */
type RowWrites = { x: number; line: string }[];

/**
 * The rows of a frame's writes, each line transformed as Ink does, or null when the frame uses
 * clipping (overflow: hidden) or a position between cells, which this leaves to Ink.
 */
function rowsOf(operations: readonly OutputOperation[], height: number): RowWrites[] | null {
  const rows: RowWrites[] = Array.from({ length: height }, () => []);
  for (const op of operations) {
    if (op.type !== 'write') return null;
    if (!Number.isInteger(op.x) || !Number.isInteger(op.y)) return null;
    const lines = op.text.split('\n');
    // As Ink: lines from the first one off the grid on are dropped.
    for (let i = 0; i < lines.length && op.y + i >= 0 && op.y + i < height; i++) {
      const line = op.transformers.reduce((text, transform) => transform(text, i), lines[i]);
      rows[op.y + i].push({ x: op.x, line });
    }
  }
  return rows;
}

/** Each line with its length, so no two lists of writes give one key, whatever the lines hold. */
const keyOf = (width: number, writes: RowWrites) => `${width}${writes.map((w) => ` ${w.x} ${w.line.length} ${w.line}`).join('')}`;

/** Ink's Output class, with rows composed once and reused while their writes stay the same. */
export function withRowCache(Base: InkOutputClass): InkOutputClass {
  const cache = new RowCache();
  return class RowCachedOutput extends Base {
    override get(): { output: string; height: number } {
      const rows = rowsOf(this.operations, this.height);
      if (!rows) return super.get();
      const text = rows.map((writes) => {
        if (writes.length === 0) return ''; // a row of spaces, trimmed as Ink trims
        const key = keyOf(this.width, writes);
        let row = cache.get(key);
        if (row === undefined) {
          const one = new Base({ width: this.width, height: 1 });
          for (const { x, line } of writes) one.write(x, 0, line, { transformers: [] });
          row = one.get().output;
          cache.set(key, row);
        }
        return row;
      });
      return { output: text.join('\n'), height: this.height };
    }
  };
}
