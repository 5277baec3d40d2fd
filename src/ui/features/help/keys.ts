// Keys of the help overlay.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import type { HelpAction } from './state';

export const TOGGLE_HELP: Binding<HelpAction> = { label: '?', does: 'show / hide this help', hint: 'help', keys: { '?': { type: 'toggleHelp' } } };

export const CLOSE_HELP: Binding<CommonAction> = { label: 'Esc', does: 'close help (? also does)', hint: 'close', keys: { escape: { type: 'back' } } };
