// The Quotes view, its filter line and its speaker picker as the registry sees them.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import { quoteMarks } from './marks';
import type { QuotesAction, QuotesState, QuotesViewport } from './state';
import { QUOTES_ACTIONS, reduceQuotes } from './state';
import { speakerPickerCapacity, speakerPickerLines } from './speakersView';
import { quotesCapacity, quotesLines } from './view';

export const quotesFeature: Feature<Desk & { quotes: QuotesState; analysis: AnalysisState }, QuotesAction | CommonAction, QuotesViewport> = {
  contexts: ['quotes', 'quoteFilter', 'speakers', 'speakerFind'],
  actions: QUOTES_ACTIONS,
  reduce: reduceQuotes,
  body: ({ state }, { body }) => {
    const data = readyData(state.analysis);
    if (state.overlay === 'speakers' && data) return speakerPickerLines(data, state.quotes.picker, state.quotes.speaker, body);
    return state.view === 'quotes' ? quotesLines({ analysis: state.analysis, quotes: state.quotes, rect: body }) : null;
  },
  viewport: (_, layout) => ({ quotesRows: quotesCapacity(layout.body.height), speakerRows: speakerPickerCapacity(layout.body.height) }),
  marks: ({ state }) => quoteMarks(state),
};
