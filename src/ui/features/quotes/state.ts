// The Quotes view as a sub-reducer: the filter line, the chosen speaker, the cursor, and the
// quote opened in the reader (highlighted there, and what `y` copies there when visible).
import { quoteCitation } from '../../../analysis/cite';
import type { Quote } from '../../../analysis/types';
import type { CommonAction } from '../../shared/actions';
import { lineOfOffset, offsetOfLine } from '../../shared/articleDocument';
import type { Desk, DeskViewport } from '../../shared/desk';
import { withEffect } from '../../shared/effect';
import { goBack, goTo } from '../../shared/nav';
import { openAt } from '../../shared/reveal';
import type { ScrollAction } from '../../shared/scroll';
import { isScroll, stepFor } from '../../shared/scroll';
import type { AnalysisData } from '../../sources/analysis/data';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import { visibleQuotes } from './filter';
import type { SpeakerPickerAction, SpeakerPickerState } from './speakers';
import { initialPicker, openPicker, reducePicker } from './speakers';

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
  /** The speaker picker (s), while it is open. */
  picker: SpeakerPickerState;
}

export const initialQuotes: QuotesState = {
  query: '',
  applied: '',
  typing: false,
  speaker: null,
  speakerName: null,
  cursor: 0,
  top: 0,
  opened: null,
  picker: initialPicker,
};

export type QuotesAction =
  | { type: 'showQuotes' }
  | { type: 'editQuoteFilter' }
  | { type: 'quoteFilterSet'; query: string }
  | { type: 'quoteFilterApply' }
  | { type: 'quoteFilterDone'; keep: boolean }
  | { type: 'pickSpeaker' }
  | { type: 'chooseSpeaker'; speaker: string | null; name: string | null }
  | { type: 'openQuote' }
  | { type: 'copyQuote' }
  | SpeakerPickerAction;

export const QUOTES_ACTIONS: readonly QuotesAction['type'][] = [
  'showQuotes',
  'editQuoteFilter',
  'quoteFilterSet',
  'quoteFilterApply',
  'quoteFilterDone',
  'pickSpeaker',
  'chooseSpeaker',
  'openQuote',
  'copyQuote',
  'findSpeaker',
  'findSpeakerDone',
];

export interface QuotesViewport extends DeskViewport {
  /** Quotes the Quotes view shows at once. */
  quotesRows?: number;
  /** Speakers the picker shows at once. */
  speakerRows?: number;
}

type Host = Desk & { quotes: QuotesState; analysis: AnalysisState };

function listedQuotes(state: Pick<Host, 'quotes' | 'analysis'>): Quote[] {
  const data = readyData(state.analysis);
  return data ? visibleQuotes(data, state.quotes.speaker, state.quotes.applied) : [];
}

/** A new query or speaker starts the list from its best match. */
const refiltered = <S extends Host>(state: S, quotes: Partial<QuotesState>): S => ({
  ...state,
  quotes: { ...state.quotes, ...quotes, cursor: 0, top: 0 },
});

/** The list catches up with the typed query. */
function applyQuery<S extends Host>(state: S): S {
  return state.quotes.applied === state.quotes.query ? state : refiltered(state, { applied: state.quotes.query });
}

/** The quote `y` copies in the reader: the one opened from the Quotes view while it is on screen, else the first one reaching into the view, else the article's last one above it. */
function quoteInView(state: Host, vp: DeskViewport): Quote | null {
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

function copy<S extends Host>(state: S, q: Quote | null | undefined, data: AnalysisData | null): S {
  const article = q && data ? data.articles[data.articleIndex.get(q.article) ?? -1] : undefined;
  if (!q || !article) return withEffect(state, 'no quote to copy here');
  return withEffect(state, 'copied quote to clipboard', { copy: quoteCitation(q, article) });
}

const setQuery = <S extends Host>(state: S, query: string): S => ({ ...state, quotes: { ...state.quotes, query } });

/** Keys in the speaker picker: moving, finding, choosing (the list starts again from its best match) or leaving. */
function reduceInPicker<S extends Host>(state: S, action: CommonAction | SpeakerPickerAction, vp: QuotesViewport): S {
  const data = readyData(state.analysis);
  if (!data) return { ...state, overlay: null };
  const outcome = reducePicker(state.quotes.picker, action, data, vp.speakerRows ?? 1);
  if ('picker' in outcome) return { ...state, quotes: { ...state.quotes, picker: outcome.picker } };
  if ('cancelled' in outcome) return { ...state, overlay: null };
  return refiltered({ ...state, overlay: null }, { speaker: outcome.chosen.speaker, speakerName: outcome.chosen.name });
}

/** Common actions: on the filter line (typing), in the speaker picker, or in the list of quotes. */
function reduceInQuotes<S extends Host>(state: S, action: CommonAction, vp: QuotesViewport): S {
  if (state.overlay === 'speakers') return reduceInPicker(state, action, vp);
  if (state.quotes.typing) {
    if (action.type === 'input') return setQuery(state, state.quotes.query + action.text);
    if (action.type === 'erase') return setQuery(state, [...state.quotes.query].slice(0, -1).join(''));
    if (action.type === 'clearInput') return setQuery(state, '');
    if (action.type === 'move') return scrollQuotes(applyQuery({ ...state, quotes: { ...state.quotes, typing: false } }), action, vp);
    return state;
  }
  if (action.type === 'back') return goBack(state) ?? state;
  return isScroll(action) ? scrollQuotes(state, action, vp) : state;
}

export function reduceQuotes<S extends Host>(state: S, action: QuotesAction | CommonAction, vp: QuotesViewport): S {
  const data = readyData(state.analysis);
  switch (action.type) {
    case 'showQuotes':
      return { ...goTo(state, 'quotes'), quotes: { ...state.quotes, typing: false } };
    case 'editQuoteFilter':
      return { ...state, quotes: { ...state.quotes, typing: true } };
    case 'quoteFilterSet':
      return { ...state, quotes: { ...state.quotes, query: action.query } };
    case 'quoteFilterApply':
      return applyQuery(state);
    case 'quoteFilterDone':
      return action.keep ? applyQuery({ ...state, quotes: { ...state.quotes, typing: false } }) : refiltered(state, { query: '', applied: '', typing: false });
    case 'pickSpeaker':
      return data ? { ...state, overlay: 'speakers', quotes: { ...state.quotes, picker: openPicker(data, state.quotes.speaker, vp.speakerRows ?? 1) } } : state;
    case 'findSpeaker':
    case 'findSpeakerDone':
      return state.overlay === 'speakers' ? reduceInPicker(state, action, vp) : state;
    case 'chooseSpeaker':
      return refiltered({ ...state, overlay: null }, { speaker: action.speaker, speakerName: action.name });
    case 'openQuote': {
      const q = listedQuotes(state)[state.quotes.cursor];
      const article = q && data ? data.articleIndex.get(q.article) : undefined;
      if (!q || article === undefined) return state;
      return openAt({ ...state, quotes: { ...state.quotes, opened: q.id } }, article, q.span.start, vp);
    }
    case 'copyQuote':
      return copy(state, state.view === 'quotes' ? listedQuotes(state)[state.quotes.cursor] : quoteInView(state, vp), data);
    default:
      return reduceInQuotes(state, action, vp);
  }
}

/** Up and down choose a quote; the list scrolls to keep it in view. */
function scrollQuotes<S extends Host>(state: S, action: ScrollAction, vp: QuotesViewport): S {
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

