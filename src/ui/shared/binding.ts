// A key binding as features declare them: the keymap, the status line and the help overlay are
// generated from these, so they cannot disagree. Keys that mean the same in every pane sit here.
import type { CommonAction } from './actions';

export interface Binding<A extends { type: string } = { type: string }> {
  /** How the keys are written in help, e.g. "↑ ↓ j k". */
  label: string;
  /** What the keys do, for the help overlay. */
  does: string;
  /** Short wording for the status line; bindings without one appear only in help. */
  hint?: string;
  /** A shorter way to write the keys on the status line, when the label is long. */
  short?: string;
  /** Key name (see keyName) → action. */
  keys: Readonly<Record<string, A>>;
}

const up: CommonAction = { type: 'move', by: -1 };
const down: CommonAction = { type: 'move', by: 1 };

/** Moving and scrolling work alike in every context; help lists them once. */
export const SCROLL_KEYS: readonly Binding<CommonAction>[] = [
  { label: '↑ ↓ k j', short: 'j/k', does: 'up / down one article or line', hint: 'move', keys: { up, k: up, down, j: down } },
  {
    label: 'PgUp PgDn Space',
    does: 'up / down a page',
    keys: { pageup: { type: 'page', dir: -1 }, pagedown: { type: 'page', dir: 1 }, space: { type: 'page', dir: 1 } },
  },
  {
    label: 'Ctrl-u Ctrl-d',
    does: 'up / down half a page',
    keys: { 'ctrl-u': { type: 'page', dir: -1, half: true }, 'ctrl-d': { type: 'page', dir: 1, half: true } },
  },
  {
    label: 'g G Home End',
    does: 'to the top / the end',
    keys: { g: { type: 'first' }, home: { type: 'first' }, G: { type: 'last' }, end: { type: 'last' } },
  },
];

export const SWITCH_PANE: Binding<CommonAction> = {
  label: 'Tab Shift-Tab',
  short: 'Tab',
  does: 'next / previous pane',
  hint: 'pane',
  keys: { tab: { type: 'focus', dir: 1 }, 'shift-tab': { type: 'focus', dir: -1 } },
};

export const TOGGLE_READ: Binding<CommonAction> = { label: 'u', does: 'mark read / unread', hint: 'read/unread', keys: { u: { type: 'toggleRead' } } };

/** The keymap as the help overlay lists it: keys that work everywhere, then each context's own. */
export interface KeyGuide {
  everywhere: readonly Binding[];
  contexts: readonly { title: string; bindings: readonly Binding[] }[];
}
