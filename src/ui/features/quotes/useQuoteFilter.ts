// Lets the Quotes list catch up with the filter line after each typed key is on screen, so
// typing stays immediate even when matching is slow (a large corpus, a busy machine).
import { useEffect } from 'react';
import type { QuotesAction, QuotesState } from './state';

export function useQuoteFilter(quotes: QuotesState, dispatch: (action: QuotesAction) => void): void {
  const { query, applied } = quotes;
  useEffect(() => {
    if (query === applied) return;
    // A timer: Ink prints the frame with the typed key before the matching starts.
    const timer = setTimeout(() => dispatch({ type: 'quoteFilterApply' }), 0);
    return () => clearTimeout(timer);
  }, [query, applied, dispatch]);
}
