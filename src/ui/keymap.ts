// Which key does what, per context. The key handler, the status line and the help
// overlay are all generated from this one table, so they cannot disagree.
import type { Binding, KeyGuide } from './shared/binding';
import { SCROLL_KEYS } from './shared/binding';
import { COMPARE_BACK, COMPARE_KEYS, OPEN_COMPARE, PICKER_KEYS } from './features/compare/keys';
import { COVERAGE_KEYS, COVERAGE_OF_LEFT, OPEN_COVERAGE } from './features/coverage/keys';
import { ENTITY_DETAIL_KEYS, ENTITY_FIND_KEYS, JUMP_MENTION, SIDEBAR_KEYS, TOGGLE_SIDEBAR } from './features/entities/keys';
import { CLOSE_HELP, TOGGLE_HELP } from './features/help/keys';
import { FETCH_FEEDS } from './features/library/keys';
import { CLEAR_LIST_FILTER, LIST_KEYS, OUTLET_FILTER } from './features/list/keys';
import { PROBLEMS_KEYS, SHOW_PROBLEMS } from './features/problems/keys';
import { COPY_QUOTE_IN_READER, QUOTE_FILTER_KEYS, QUOTES_KEYS, SHOW_QUOTES, SPEAKER_FIND_KEYS, SPEAKER_PICKER_KEYS } from './features/quotes/keys';
import { READER_KEYS } from './features/reader/keys';
import { NEXT_HIT, OPEN_SEARCH, SEARCH_KEYS } from './features/search/keys';
import type { Action, Context } from './state';

/** Each context's keys, from the features' bindings, in the order help and the status line list them. */
export const KEYMAP: Readonly<Record<Context, readonly Binding<Action>[]>> = {
  list: [...LIST_KEYS, TOGGLE_SIDEBAR, SHOW_QUOTES, OUTLET_FILTER, CLEAR_LIST_FILTER, FETCH_FEEDS],
  reader: [...READER_KEYS, NEXT_HIT, OPEN_COMPARE, OPEN_COVERAGE, COPY_QUOTE_IN_READER, JUMP_MENTION, TOGGLE_SIDEBAR, SHOW_QUOTES, FETCH_FEEDS],
  sidebar: [...SIDEBAR_KEYS, SHOW_QUOTES],
  entityFind: ENTITY_FIND_KEYS,
  entity: ENTITY_DETAIL_KEYS,
  quotes: QUOTES_KEYS,
  quoteFilter: QUOTE_FILTER_KEYS,
  speakers: SPEAKER_PICKER_KEYS,
  speakerFind: SPEAKER_FIND_KEYS,
  help: [...SCROLL_KEYS, SHOW_PROBLEMS, CLOSE_HELP],
  problems: PROBLEMS_KEYS,
  search: SEARCH_KEYS,
  compare: [...SCROLL_KEYS, ...COMPARE_KEYS, COVERAGE_OF_LEFT, COMPARE_BACK],
  picker: PICKER_KEYS,
  coverage: [...SCROLL_KEYS, ...COVERAGE_KEYS],
};

/** Keys that work in every context (after the context's own). */
export const GLOBAL_KEYS: readonly Binding<Action>[] = [
  OPEN_SEARCH,
  TOGGLE_HELP,
  { label: 'q Ctrl-c', short: 'q', does: 'quit', hint: 'quit', keys: { q: { type: 'quit' }, 'ctrl-c': { type: 'quit' } } },
];

const CONTEXT_TITLES: Readonly<Record<Context, string>> = {
  list: 'Article list',
  reader: 'Reader',
  help: 'Help (this screen)',
  problems: 'Skipped files',
  search: 'Search',
  compare: 'Compare',
  picker: 'Compare: pick an article',
  coverage: 'Coverage of a story',
  sidebar: 'Entity sidebar',
  entityFind: 'Entity sidebar: find line',
  entity: 'Entity details',
  quotes: 'Quotes',
  quoteFilter: 'Quotes: filter line',
  speakers: 'Quotes: choose a speaker',
  speakerFind: 'Quotes: find a speaker',
};

/** Contexts with a prompt: a character no binding claims is typed, before the global keys. */
const TEXT_INPUT_CONTEXTS: ReadonlySet<Context> = new Set<Context>(['search', 'quoteFilter', 'entityFind', 'speakerFind']);

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

/** A character of a burst: its key's name; a control character is Ctrl and its letter, or nothing. */
function burstKeyName(c: string): string | null {
  const named = CONTROL_NAMES[c];
  if (named) return named;
  const code = c.codePointAt(0)!;
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  // Other control characters (NUL, a stray ESC, C1 codes) are no key anyone typed.
  return /\p{Cc}/u.test(c) ? null : c;
}

/**
 * Names for everything in one read from the terminal. Keys typed quickly (or sent by a
 * script) can arrive together as one string, "jj\r" or "\x15xyz" (Ctrl-u, then x y z); each
 * character is a key press.
 */
export function keyNames(input: string, key: KeyPress): string[] {
  const single = keyName(input, key);
  if (single !== null || input.length <= 1) return single === null ? [] : [single];
  return [...input].flatMap((c) => burstKeyName(c) ?? []);
}

/** The keymap as the help overlay lists it. */
export const KEY_GUIDE: KeyGuide = {
  everywhere: [...SCROLL_KEYS, ...GLOBAL_KEYS],
  contexts: (Object.keys(CONTEXT_TITLES) as Context[]).map((c) => ({ title: CONTEXT_TITLES[c], bindings: KEYMAP[c] })),
};

export function resolveKey(context: Context, name: string): Action | null {
  for (const binding of KEYMAP[context]) {
    const action = binding.keys[name];
    if (action) return action;
  }
  if (TEXT_INPUT_CONTEXTS.has(context)) {
    if (name === 'space') return { type: 'input', text: ' ' };
    // A control character is never typed into a prompt, whatever way it came.
    if ([...name].length === 1 && !/\p{Cc}/u.test(name)) return { type: 'input', text: name };
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
