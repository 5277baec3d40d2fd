// Drives the pure UI like the App does: each key through the keymap and reducer, with the
// geometry of the frame on screen.
import type { Corpus } from '../../../src/corpus/types';
import { applyKey } from '../../../src/ui/applyKey';
import type { Frame } from '../../../src/ui/frame';
import { renderFrame } from '../../../src/ui/frame';
import type { Action, UiState } from '../../../src/ui/state';
import { reduce } from '../../../src/ui/state';

export interface Driven {
  state: UiState;
  frame: Frame;
  /** The frame's text, one string a line. */
  screen: string[];
}

export function screenOf(frame: Frame): string[] {
  return frame.lines.map((l) => l.map((s) => s.text).join(''));
}

export function drive(corpus: Corpus, state: UiState, keys: (string | Action)[], cols = 120, rows = 40): Driven {
  let s = state;
  let frame = renderFrame({ corpus, state: s, cols, rows });
  for (const k of keys) {
    s = typeof k === 'string' ? applyKey(s, k, frame) : reduce(s, k, frame.viewport);
    frame = renderFrame({ corpus, state: s, cols, rows });
  }
  return { state: s, frame, screen: screenOf(frame) };
}
