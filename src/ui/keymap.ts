// Which key does what, per context. The key handler, the status line and the help
// overlay are all generated from this one table, so they cannot disagree.
import { COMPARE_KEYS, COVERAGE_KEYS, PICKER_KEYS, READER_FEATURE_KEYS, SEARCH_KEYS } from './features/searchCompare/keys';
import { CLEAR_LIST_FILTER, ENTITY_DETAIL_KEYS, JUMP_MENTION, SIDEBAR_KEYS, TOGGLE_SIDEBAR } from './features/entities/keys';
import { COPY_QUOTE_IN_READER, QUOTE_FILTER_KEYS, QUOTES_KEYS, SHOW_QUOTES, SPEAKER_PICKER_KEYS } from './features/quotes/keys';
import { FETCH_FEEDS, OUTLET_FILTER } from './features/library/keys';
import type { Action, Context } from './state';

export interface Binding {
  /** How the keys are written in help, e.g. "↑ ↓ j k". */
  label: string;
  /** What the keys do, for the help overlay. */
  does: string;
  /** Short wording for the status line; bindings without one appear only in help. */
  hint?: string;
  /** A shorter way to write the keys on the status line, when the label is long. */
  short?: string;
  /** Key name (see keyName) → action. */
  keys: Readonly<Record<string, Action>>;
}

const up: Action = { type: 'move', by: -1 };
const down: Action = { type: 'move', by: 1 };

/** Moving and scrolling work alike in every context; help lists them once. */
export const SCROLL_KEYS: readonly Binding[] = [
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

const switchPane: Binding = {
  label: 'Tab Shift-Tab',
  short: 'Tab',
  does: 'next / previous pane',
  hint: 'pane',
  keys: { tab: { type: 'focus', dir: 1 }, 'shift-tab': { type: 'focus', dir: -1 } },
};

const toggleRead: Binding = { label: 'u', does: 'mark read / unread', hint: 'read/unread', keys: { u: { type: 'toggleRead' } } };

export const KEYMAP: Readonly<Record<Context, readonly Binding[]>> = {
  list: [
    ...SCROLL_KEYS,
    { label: 'Enter', does: 'open the article in the reader', hint: 'open', keys: { enter: { type: 'open' } } },
    toggleRead,
    switchPane,
    TOGGLE_SIDEBAR,
    SHOW_QUOTES,
    OUTLET_FILTER,
    CLEAR_LIST_FILTER,
    FETCH_FEEDS,
  ],
  reader: [
    ...SCROLL_KEYS,
    toggleRead,
    switchPane,
    { label: 'Esc', does: 'back to the list (to the results after a search)', hint: 'back', keys: { escape: { type: 'back' } } },
    ...READER_FEATURE_KEYS,
    COPY_QUOTE_IN_READER,
    JUMP_MENTION,
    TOGGLE_SIDEBAR,
    SHOW_QUOTES,
    FETCH_FEEDS,
  ],
  sidebar: [...SCROLL_KEYS, ...SIDEBAR_KEYS, switchPane, SHOW_QUOTES],
  entity: [...SCROLL_KEYS, ...ENTITY_DETAIL_KEYS],
  quotes: [...SCROLL_KEYS, ...QUOTES_KEYS],
  quoteFilter: QUOTE_FILTER_KEYS,
  speakers: SPEAKER_PICKER_KEYS,
  help: [
    ...SCROLL_KEYS,
    { label: 'p', does: 'show files skipped while loading', hint: 'skipped files', keys: { p: { type: 'showProblems' } } },
    { label: 'Esc', does: 'close help (? also does)', hint: 'close', keys: { escape: { type: 'back' } } },
  ],
  problems: [
    ...SCROLL_KEYS,
    { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
  ],
  search: SEARCH_KEYS,
  compare: [...SCROLL_KEYS, ...COMPARE_KEYS],
  picker: PICKER_KEYS,
  coverage: [...SCROLL_KEYS, ...COVERAGE_KEYS],
};

/** Keys that work in every context (after the context's own). */
export const GLOBAL_KEYS: readonly Binding[] = [
  { label: '/', does: 'search (see the query syntax below)', hint: 'search', keys: { '/': { type: 'openSearch' } } },
  { label: '?', does: 'show / hide this help', hint: 'help', keys: { '?': { type: 'toggleHelp' } } },
  { label: 'q Ctrl-c', short: 'q', does: 'quit', hint: 'quit', keys: { q: { type: 'quit' }, 'ctrl-c': { type: 'quit' } } },
];

export const CONTEXT_TITLES: Readonly<Record<Context, string>> = {
  list: 'Article list',
  reader: 'Reader',
  help: 'Help (this screen)',
  problems: 'Skipped files',
  search: 'Search',
  compare: 'Compare',
  picker: 'Compare: pick an article',
  coverage: 'Coverage of a story',
  sidebar: 'Entity sidebar',
  entity: 'Entity details',
  quotes: 'Quotes',
  quoteFilter: 'Quotes: filter line',
  speakers: 'Quotes: choose a speaker',
};

/** Contexts with a prompt: a character no binding claims is typed, before the global keys. */
export const TEXT_INPUT_CONTEXTS: ReadonlySet<Context> = new Set<Context>(['search', 'quoteFilter']);

/** What Ink reports about a key press; a subset of Ink's Key, so tests can build it. */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  backspace?: boolean;
  delete?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
}

/** A stable name for a key press: 'up', 'pagedown', 'shift-tab', 'ctrl-d', 'space', or the character. */
export function keyName(input: string, key: KeyPress): string | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  // Ink reports the usual Backspace (DEL, 0x7f) as `delete`.
  if (key.backspace || key.delete) return 'backspace';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  if (key.escape) return 'escape';
  if (key.ctrl && input.length === 1) return `ctrl-${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if (input.length === 1) return input;
  return null;
}

const CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  ' ': 'space',
  '\x7f': 'backspace',
  '\b': 'backspace',
};

/**
 * Names for everything in one read from the terminal. Keys typed quickly (or sent by a
 * script) can arrive together as one string, "jj\r"; each character is a key press.
 */
export function keyNames(input: string, key: KeyPress): string[] {
  const single = keyName(input, key);
  if (single !== null || input.length <= 1) return single === null ? [] : [single];
  return [...input].map((c) => CONTROL_NAMES[c] ?? c);
}

export function resolveKey(context: Context, name: string): Action | null {
  for (const binding of KEYMAP[context]) {
    const action = binding.keys[name];
    if (action) return action;
  }
  if (TEXT_INPUT_CONTEXTS.has(context)) {
    if (name === 'space') return { type: 'input', text: ' ' };
    if ([...name].length === 1) return { type: 'input', text: name };
  }
  for (const binding of GLOBAL_KEYS) {
    const action = binding.keys[name];
    if (action) return action;
  }
  return null;
}

/** The global bindings that work in a context: not those whose keys all mean something else there (bound, or typed into a prompt). */
export function offeredGlobals(context: Context): readonly Binding[] {
  const shadowed = (key: string) =>
    KEYMAP[context].some((b) => key in b.keys) || (TEXT_INPUT_CONTEXTS.has(context) && [...key].length === 1);
  return GLOBAL_KEYS.filter((b) => !Object.keys(b.keys).every(shadowed));
}

/** The status line's key hints for a context: its own, then the global ones it offers. */
export function statusHints(context: Context): { keys: string; hint: string }[] {
  return [...KEYMAP[context], ...offeredGlobals(context)].flatMap((b) => (b.hint ? [{ keys: b.short ?? b.label, hint: b.hint }] : []));
}
