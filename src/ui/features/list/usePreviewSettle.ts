// Lets the reader's preview catch up with the list's cursor once the keys stop: Ink redraws
// every preview line that changes (~37 a key at 120x40), so a burst of moves redraws the list
// only and the preview once, this long after the last move.
import { useEffect } from 'react';
import type { ListAction } from './state';

/** Long enough to span key repeat (~30 ms apart) and a typist's presses, short enough to feel at once. */
export const PREVIEW_SETTLE_MS = 60;

export function usePreviewSettle(preview: number | undefined, cursor: number, dispatch: (action: ListAction) => void): void {
  useEffect(() => {
    if (preview === undefined) return;
    // Each move (a new cursor) starts the wait again.
    const timer = setTimeout(() => dispatch({ type: 'showPreview' }), PREVIEW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [preview, cursor, dispatch]);
}
