// Key bindings of the Quotes view, its filter line and its speaker picker, joined into the keymap table.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS } from '../../shared/binding';
import type { QuotesAction } from './state';

export const SHOW_QUOTES: Binding<QuotesAction> = { label: 'Q', does: 'quotes of the whole corpus', hint: 'quotes', keys: { Q: { type: 'showQuotes' } } };

export const COPY_QUOTE_IN_READER: Binding<QuotesAction> = {
  label: 'y',
  does: 'copy a quote and its citation: the one opened from Quotes if in view, else the first in view',
  hint: 'copy quote',
  keys: { y: { type: 'copyQuote' } },
};

export const QUOTES_KEYS: readonly Binding<QuotesAction | CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'open the article at the quote', hint: 'open', keys: { enter: { type: 'openQuote' } } },
  { label: '/', does: 'type to filter the quotes (typos forgiven)', hint: 'filter', keys: { '/': { type: 'editQuoteFilter' } } },
  { label: 's', does: 'choose a speaker', hint: 'speaker', keys: { s: { type: 'pickSpeaker' } } },
  { label: 'y', does: 'copy the quote with its citation', hint: 'copy', keys: { y: { type: 'copyQuote' } } },
  { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
];

/** On the filter line letters are typed, so only keys that type nothing are bound. */
export const QUOTE_FILTER_KEYS: readonly Binding<QuotesAction | CommonAction>[] = [
  { label: '↑ ↓', does: 'stop typing and choose a quote', hint: 'choose', keys: { up: { type: 'move', by: -1 }, down: { type: 'move', by: 1 } } },
  { label: 'Enter', does: 'keep the filter, stop typing', hint: 'done', keys: { enter: { type: 'quoteFilterDone', keep: true } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / the whole filter', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'clear the filter, stop typing', hint: 'clear', keys: { escape: { type: 'quoteFilterDone', keep: false } } },
];

export const SPEAKER_PICKER_KEYS: readonly Binding<QuotesAction | CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'choose the highlighted speaker (most quoted first)', hint: 'choose', keys: { enter: { type: 'open' } } },
  { label: '/', does: 'type to find a speaker by name', hint: 'find', keys: { '/': { type: 'findSpeaker' } } },
  { label: 'Esc', does: 'keep the current speaker', hint: 'cancel', keys: { escape: { type: 'back' } } },
];

/** On the picker's find line letters are typed, so only keys that type nothing are bound. */
export const SPEAKER_FIND_KEYS: readonly Binding<QuotesAction | CommonAction>[] = [
  { label: '↑ ↓', does: 'stop typing and move through the speakers found', hint: 'choose', keys: { up: { type: 'move', by: -1 }, down: { type: 'move', by: 1 } } },
  { label: 'Enter', does: 'keep what was typed, stop typing', hint: 'done', keys: { enter: { type: 'findSpeakerDone', keep: true } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / all of it', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'list every speaker again, stop typing', hint: 'clear', keys: { escape: { type: 'findSpeakerDone', keep: false } } },
];
