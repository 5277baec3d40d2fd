// The interactive shell around the pure parts: keys go through the keymap into the
// reducer; the frame is computed from the state and the size given as props (the
// terminal's size in real use, a fixed size in tests).
import { useApp, useInput } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus } from '../corpus/types';
import { applyKey } from './applyKey';
import { FrameView } from './components/FrameView';
import type { FrameInput } from './frame';
import { renderFrame } from './frame';
import { keyNames } from './keymap';
import type { Mark } from './marks';
import type { UiState } from './state';

export interface TerminalSize {
  cols: number;
  rows: number;
}

export interface AppProps {
  corpus: Corpus;
  size: TerminalSize;
  initial: UiState;
  /** False when NO_COLOR is set. */
  colour?: boolean;
  /** Shown on the status line until the first key (e.g. a warning from start-up). */
  message?: string | null;
  marks?: readonly Mark[];
  /** A pane beside the reader (see FrameInput). */
  sidebar?: FrameInput['sidebar'];
  /** Called after every state change, for persistence. */
  onState?: (state: UiState) => void;
}

export function App({ corpus, size, initial, colour = true, message = null, marks, sidebar, onState }: AppProps) {
  const { exit } = useApp();
  const [state, setState] = useState(initial);
  const [notice, setNotice] = useState(message);
  const frame = useMemo(
    () => renderFrame({ corpus, state, cols: size.cols, rows: size.rows, marks, sidebar, message: notice }),
    [corpus, state, size.cols, size.rows, marks, sidebar, notice],
  );
  // Key handlers read the geometry of the frame on screen, not of the render they were made in.
  const shown = useRef(frame);
  shown.current = frame;

  useInput((input, key) => {
    const names = keyNames(input, key);
    if (names.length === 0) return;
    setNotice(null);
    setState((s) => names.reduce((next, name) => applyKey(next, name, shown.current), s));
  });

  useEffect(() => {
    onState?.(state);
    if (state.quit) exit();
  }, [state, onState, exit]);

  return <FrameView lines={frame.lines} colour={colour} />;
}
