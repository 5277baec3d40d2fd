import { describe, expect, it } from 'vitest';
import { bufferedOut } from '../../src/cli/bufferedOutput';
import type { Output } from '../../src/cli/output';

function capture(): Output & { writes: string[] } {
  const writes: string[] = [];
  return { writes, out: (t) => void writes.push(t), err: () => {}, color: false };
}

describe('bufferedOut', () => {
  it('writes thousands of lines in a few large writes, in order, and nothing before flush is lost', () => {
    const io = capture();
    const listing = bufferedOut(io);
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`);
    for (const l of lines) listing.out(l);
    listing.flush();
    listing.flush();
    expect(io.writes.join('')).toBe(lines.join(''));
    expect(io.writes.length).toBeLessThan(10);
  });
});
