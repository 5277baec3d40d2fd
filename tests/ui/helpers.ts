// Shared scaffolding for UI tests: a viewport with ordinary pane sizes, keys applied as the
// App applies them, and waiting on Ink, which reads input and runs effects asynchronously.
import { applyKey } from '../../src/ui/applyKey';
import type { UiState, Viewport } from '../../src/ui/state';

/** A viewport of a roomy terminal: 10 list rows, 20 reader rows over 100 lines; `over` sets the rest. */
export function viewport(over: Partial<Viewport> & Pick<Viewport, 'articles'>): Viewport {
  return { listRows: 10, readerRows: 20, readerLines: 100, helpRows: 20, helpLines: 30, problemsRows: 20, problemsLines: 5, ...over };
}

/** Applies keys by name, as the App does, to a frame that is not too small. */
export function applyKeys(names: string[], from: UiState, vp: Viewport): UiState {
  return names.reduce((s, n) => applyKey(s, n, { layout: { tooSmall: false } as never, viewport: vp }), from);
}

/** Waits until the check passes, failing with its last error after `ms` (2 s unless told). */
export async function until(check: () => void, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Gives Ink a moment to read what was written to stdin. */
export const tick = () => new Promise((r) => setTimeout(r, 30));

/** Writes each key to stdin, one tick apart, so Ink reads them as separate keypresses. */
export async function press(stdin: { write: (s: string) => void }, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}
