import { describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../../src/analysis/slices';

/** Steps that each take a little time, counting how often other work got a turn meanwhile. */
function* busySteps(n: number): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    const until = performance.now() + 2;
    while (performance.now() < until);
    yield;
  }
  return 'done';
}

describe('a stepwise computation run in time slices', () => {
  it('gives other work a turn between slices and returns the result', async () => {
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const result = await runInSlices(busySteps(Math.ceil((SLICE_MS * 6) / 2)));
    clearInterval(tick);
    expect(result).toBe('done');
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('stops when aborted, rejecting with the reason', async () => {
    const stop = new AbortController();
    const reason = new Error('quit');
    setImmediate(() => stop.abort(reason));
    await expect(runInSlices(busySteps(1000), stop.signal)).rejects.toBe(reason);
  });
});
