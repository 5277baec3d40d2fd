// Lets the reader's preview catch up with the list's cursor once the keys stop: Ink redraws
// every preview line that changes (~37 a key at 120x40), so a burst of moves redraws the list
// only and the preview once, this long after the last move.
import { useEffect } from 'react';
import type { ListAction } from './state';

/**
 * Longer than the pause between keys of a burst with the list's redraw (key repeat, quick
 * presses): at 60 ms the preview's redraw fell between such keys and the next one waited behind it.
 */
export const PREVIEW_SETTLE_MS = 120;

export function usePreviewSettle(preview: number | undefined, cursor: number, dispatch: (action: ListAction) => void): void {
  useEffect(() => {
    if (preview === undefined) return;
    // Each move (a new cursor) starts the wait again.
    const timer = setTimeout(() => dispatch({ type: 'showPreview' }), PREVIEW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [preview, cursor, dispatch]);
}
