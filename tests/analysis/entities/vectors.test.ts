// The tagger's vector arena (tagger/vectors.ts): vectors named by offset, zeroed when handed out again.
import { describe, expect, it } from 'vitest';
import { NTAGS } from '../../../src/analysis/entities/tagger/decode';
import { VectorArena } from '../../../src/analysis/entities/tagger/vectors';

const fillWith = (arena: VectorArena, at: number, x: number): void => {
  arena.data.fill(x, at, at + NTAGS);
};
const vector = (arena: VectorArena, at: number): number[] => [...arena.data.subarray(at, at + NTAGS)];
const zeros = Array<number>(NTAGS).fill(0);

describe('VectorArena', () => {
  it('keeps vectors through growth, and reset() forgets only those after keepAll(), handing them out zeroed', () => {
    const arena = new VectorArena();
    const kept = arena.alloc();
    fillWith(arena, kept, 7);
    arena.keepAll();
    const first = arena.alloc();
    fillWith(arena, first, 3);
    // Far past the first array's size: the array is replaced, the offsets stay valid.
    let last = first;
    for (let k = 0; k < 10_000; k++) last = arena.alloc();
    fillWith(arena, last, 5);
    expect(vector(arena, kept)).toEqual(Array(NTAGS).fill(7));
    expect(vector(arena, first)).toEqual(Array(NTAGS).fill(3));
    arena.reset();
    const again = arena.alloc();
    expect(again).toBe(first);
    expect(vector(arena, again)).toEqual(zeros);
    expect(vector(arena, kept)).toEqual(Array(NTAGS).fill(7));
  });

  it('freeLast gives back only the last vector, zeroed; nonZero tells an all-zero vector', () => {
    const arena = new VectorArena();
    const a = arena.alloc();
    const b = arena.alloc();
    expect(arena.nonZero(b)).toBe(false);
    arena.data[b + NTAGS - 1] = 0.5;
    expect(arena.nonZero(b)).toBe(true);
    arena.freeLast(a); // not the last: kept
    arena.freeLast(b);
    expect(arena.alloc()).toBe(b);
    expect(vector(arena, b)).toEqual(zeros);
    expect(arena.alloc()).toBe(b + NTAGS);
  });
});
