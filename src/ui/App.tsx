// The interactive shell around the pure parts: keys go through the keymap into the
// reducer; the frame is computed from the state and the size given as props (the
// terminal's size in real use, a fixed size in tests).
import { Box, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus } from '../corpus/types';
import { applyKey } from './applyKey';
import { FrameView } from './shared/components/FrameView';
import type { FrameInput } from './frame';
import { renderFrame } from './frame';
import { keyNames } from './keymap';
import type { Mark } from './shared/marks';
import type { Notices } from './notices';
import type { AnalysisRunner } from './sources/analysis/runner';
import { useQuoteFilter } from './features/quotes/useQuoteFilter';
import { usePreviewSettle } from './features/list/usePreviewSettle';
import type { Action, UiState } from './state';
import { contextOf, reduce } from './state';
import { useAnalysis } from './useAnalysis';
import { ComparePicker } from './features/compare/ComparePicker';
import { useSearchCompareSources } from './sources/useSources';

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
  /** Later messages for the status line (a save that failed), each shown until the next key. */
  notices?: Notices;
  marks?: readonly Mark[];
  /** A pane beside the reader (see FrameInput). */
  sidebar?: FrameInput['sidebar'];
  /** Called after every state change, for persistence. */
  onState?: (state: UiState) => void;
  /** Runs the corpus analysis (started after the first frame); none: features wait for it. */
  analyse?: AnalysisRunner;
  /** Puts text on the clipboard (OSC 52 in the terminal). */
  copyToClipboard?: (text: string) => void;
  /** Fetches the library's feeds (R); its progress comes back as libraryStatus. */
  fetchFeeds?: () => void;
  libraryStatus?: string | null;
}

export function App({ corpus, size, initial, colour = true, message = null, notices, marks, sidebar, onState, analyse, copyToClipboard, fetchFeeds, libraryStatus = null }: AppProps) {
  const { exit } = useApp();
  const [state, setState] = useState(initial);
  const [notice, setNotice] = useState(message);
  // The index save's warning (a full disk, an unwritable cache folder) is shown like any notice.
  const sources = useSearchCompareSources(corpus, state, setNotice);
  const frame = useMemo(
    () => renderFrame({ corpus, state, cols: size.cols, rows: size.rows, marks, sidebar, message: notice, searchCompare: sources, libraryStatus }),
    [corpus, state, size.cols, size.rows, marks, sidebar, notice, sources, libraryStatus],
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

  // Actions that do not come from keys (analysis progress, a picker's choice).
  const dispatch = useCallback((action: Action) => setState((s) => reduce(s, action, shown.current.viewport)), []);
  useAnalysis(corpus, analyse, dispatch, setNotice);
  useEffect(() => notices?.subscribe(setNotice), [notices]);
  useQuoteFilter(state.quotes, dispatch);
  usePreviewSettle(state.preview, state.cursor, dispatch);

  // Side effects the reducer asked for: performed once each, then confirmed on the status line.
  const effect = state.effect;
  useEffect(() => {
    if (!effect) return;
    if (effect.copy !== undefined) copyToClipboard?.(effect.copy);
    // The note first: starting a fetch may answer at once ('no feeds yet'), and that must stay.
    setNotice(effect.note);
    if (effect.fetchFeeds) {
      if (!fetchFeeds) setNotice('R fetches feeds into the library; this reader shows other files');
      else fetchFeeds();
    }
  }, [effect, copyToClipboard, fetchFeeds]);

  useEffect(() => {
    onState?.(state);
    if (state.quit) exit();
  }, [state, onState, exit]);

  return (
    <Box flexDirection="column">
      <FrameView lines={frame.lines} colour={colour} />
      {contextOf(state) === 'picker' && state.compare && sources.align && !frame.layout.tooSmall ? (
        <ComparePicker
          align={sources.align}
          left={state.compare.a}
          current={state.compare.b}
          cols={size.cols}
          rows={size.rows}
          colour={colour}
          onPick={(article) => dispatch({ type: 'pick', article })}
        />
      ) : null}
    </Box>
  );
}
