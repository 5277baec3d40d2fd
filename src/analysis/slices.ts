// Work on the main thread in short time slices, yielding to the event loop between them, so a UI
// keeps answering keys while it runs.

/** Work between two yields to the event loop: short enough that a UI answers keys without a noticeable wait. */
export const SLICE_MS = 20;
/**
 * Progress is reported at most this often: each report redraws the reader's whole frame, which on
 * Reuters was the main thread's largest cost while the workers analysed (reports every 100 ms).
 */
export const REPORT_MS = 500;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `steps` (each step one bounded unit of work, yielding the articles done so far) in time
 * slices, yielding to the event loop between slices and reporting progress.
 */
export async function inSlices(steps: Iterable<number>, total: number, report: (done: number) => void, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  let reported = -Infinity;
  let done = 0;
  for (done of steps) {
    const now = performance.now();
    if (now - sliceStart < SLICE_MS) continue;
    if (now - reported >= REPORT_MS) {
      report(done);
      reported = now;
    }
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
  if (total > 0) report(total);
}

/** Runs a stepwise computation to its end, at once. */
export function complete<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a stepwise computation (a generator yielding between bounded steps) to its end in time slices. */
export async function runInSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
