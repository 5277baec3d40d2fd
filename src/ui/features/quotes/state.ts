// The Quotes view as a sub-reducer: the filter line, the chosen speaker, the cursor, and the
// quote opened in the reader (highlighted there, and what `y` copies there when visible).
import { citeQuote } from '../../../analysis/cite';
import type { Quote } from '../../../analysis/types';
import type { UiState, Viewport } from '../../state';
import { stepFor } from '../../state';
import { lineOfOffset, offsetOfLine } from '../../shared/articleDocument';
import type { AnalysisData } from '../../sources/analysis/data';
import { readyData } from '../../sources/analysis/state';
import { withEffect } from '../../shared/effect';
import { revealOffset } from '../../shared/reveal';
import { visibleQuotes } from './filter';

export interface QuotesState {
  /** What was typed on the filter line. */
  query: string;
  /**
   * The query the list is filtered by. It catches up with `query` just after the typed key is
   * on screen (see useQuoteFilter): matching takes a few ms on ten thousand quotes, but a slow
   * machine or a larger corpus never delays the echo, and keys typed meanwhile are matched together.
   */
  applied: string;
  /** Whether keys go to the filter line. */
  typing: boolean;
  /** speakerKey of the chosen speaker, null for all. */
  speaker: string | null;
  speakerName: string | null;
  cursor: number;
  /** First quote shown. */
  top: number;
  /** The quote last opened from this view. */
  opened: string | null;
}

export const initialQuotes: QuotesState = { query: '', applied: '', typing: false, speaker: null, speakerName: null, cursor: 0, top: 0, opened: null };

export type QuotesAction =
  | { type: 'showQuotes' }
  | { type: 'editQuoteFilter' }
  | { type: 'quoteFilterSet'; query: string }
  | { type: 'quoteFilterApply' }
  | { type: 'quoteFilterDone'; keep: boolean }
  | { type: 'pickSpeaker' }
  | { type: 'chooseSpeaker'; speaker: string | null; name: string | null }
  | { type: 'openQuote' }
  | { type: 'copyQuote' };

const TYPES = new Set<string>([
  'showQuotes',
  'editQuoteFilter',
  'quoteFilterSet',
  'quoteFilterApply',
  'quoteFilterDone',
  'pickSpeaker',
  'chooseSpeaker',
  'openQuote',
  'copyQuote',
]);

export function isQuotesAction(action: { type: string }): action is QuotesAction {
  return TYPES.has(action.type);
}

export function listedQuotes(state: UiState): Quote[] {
  const data = readyData(state.analysis);
  return data ? visibleQuotes(data, state.quotes.speaker, state.quotes.applied) : [];
}

/** A new query or speaker starts the list from its best match. */
const refiltered = (state: UiState, quotes: Partial<QuotesState>): UiState => ({
  ...state,
  quotes: { ...state.quotes, ...quotes, cursor: 0, top: 0 },
});

/** The list catches up with the typed query. */
export function applyQuery(state: UiState): UiState {
  return state.quotes.applied === state.quotes.query ? state : refiltered(state, { applied: state.quotes.query });
}

/** The quote `y` copies in the reader: the one opened from the Quotes view while it is on screen, else the first one reaching into the view, else the article's last one above it. */
export function quoteInView(state: UiState, vp: Viewport): Quote | null {
  const data = readyData(state.analysis);
  if (!data || state.open === null) return null;
  const quotes = data.quotesByArticle.get(state.open) ?? [];
  if (quotes.length === 0) return null;
  const doc = vp.readerDoc?.(state.open);
  if (!doc) return quotes[0];
  const rows = Math.max(1, vp.readerRows);
  const opened = quotes.find((q) => q.id === state.quotes.opened);
  if (opened) {
    const line = lineOfOffset(doc, opened.span.start);
    if (line >= state.readerTop && line < state.readerTop + rows) return opened;
  }
  const from = offsetOfLine(doc, state.readerTop);
  return quotes.find((q) => q.span.end > from) ?? quotes[quotes.length - 1];
}

function copy(state: UiState, q: Quote | null | undefined, data: AnalysisData | null): UiState {
  const article = q && data ? data.articles[data.articleIndex.get(q.article) ?? -1] : undefined;
  if (!q || !article) return withEffect(state, 'no quote to copy here');
  return withEffect(state, 'copied quote to clipboard', citeQuote(q, article));
}

export function reduceQuotes(state: UiState, action: QuotesAction, vp: Viewport): UiState {
  const data = readyData(state.analysis);
  switch (action.type) {
    case 'showQuotes':
      return { ...state, view: 'quotes', overlay: null, quotes: { ...state.quotes, typing: false } };
    case 'editQuoteFilter':
      return { ...state, quotes: { ...state.quotes, typing: true } };
    case 'quoteFilterSet':
      return { ...state, quotes: { ...state.quotes, query: action.query } };
    case 'quoteFilterApply':
      return applyQuery(state);
    case 'quoteFilterDone':
      return action.keep ? applyQuery({ ...state, quotes: { ...state.quotes, typing: false } }) : refiltered(state, { query: '', applied: '', typing: false });
    case 'pickSpeaker':
      return data ? { ...state, overlay: 'speakers' } : state;
    case 'chooseSpeaker':
      return refiltered({ ...state, overlay: null }, { speaker: action.speaker, speakerName: action.name });
    case 'openQuote': {
      const q = listedQuotes(state)[state.quotes.cursor];
      const article = q && data ? data.articleIndex.get(q.article) : undefined;
      if (!q || article === undefined) return state;
      const shown: UiState = {
        ...state,
        view: 'browse',
        focus: state.ring.includes('reader') ? 'reader' : state.focus,
        quotes: { ...state.quotes, opened: q.id },
      };
      return revealOffset(shown, article, q.span.start, vp);
    }
    case 'copyQuote':
      return copy(state, state.view === 'quotes' ? listedQuotes(state)[state.quotes.cursor] : quoteInView(state, vp), data);
  }
}

/** Up and down choose a quote; the list scrolls to keep it in view. */
export function scrollQuotes(state: UiState, action: Parameters<typeof stepFor>[0], vp: Viewport): UiState {
  const count = listedQuotes(state).length;
  if (count === 0) return state;
  const rows = Math.max(1, vp.quotesRows ?? 1);
  const step = stepFor(action, rows);
  const target = step === -Infinity ? 0 : step === Infinity ? count - 1 : state.quotes.cursor + step;
  const cursor = Math.max(0, Math.min(count - 1, target));
  let top = state.quotes.top;
  if (cursor < top) top = cursor;
  if (cursor >= top + rows) top = cursor - rows + 1;
  top = Math.max(0, Math.min(top, count - rows));
  return { ...state, quotes: { ...state.quotes, cursor, top } };
}

