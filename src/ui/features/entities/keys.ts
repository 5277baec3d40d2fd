// Key bindings of the entity sidebar and detail view, joined into the keymap table.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import { SCROLL_KEYS, SWITCH_PANE } from '../../shared/binding';
import type { EntityAction } from './state';

export const TOGGLE_SIDEBAR: Binding<EntityAction> = { label: 'e', does: 'show / hide the entity sidebar', hint: 'entities', keys: { e: { type: 'toggleSidebar' } } };

export const JUMP_MENTION: Binding<EntityAction> = {
  label: '] [',
  does: 'next / previous mention of the chosen entity (across its articles)',
  hint: 'mention',
  keys: { ']': { type: 'jumpMention', dir: 1 }, '[': { type: 'jumpMention', dir: -1 } },
};

export const SIDEBAR_KEYS: readonly Binding<EntityAction | CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'narrow the list to the articles that mention it, highlight its mentions', hint: 'filter', keys: { enter: { type: 'pickEntity' } } },
  { label: 'i', does: 'details: aliases and mentions per article', hint: 'details', keys: { i: { type: 'entityDetail' } } },
  JUMP_MENTION,
  { label: 'a', does: 'this article’s entities / the whole corpus’s', hint: 'article/corpus', keys: { a: { type: 'toggleEntityScope' } } },
  { label: '/', does: 'type to find an entity by name', hint: 'find', keys: { '/': { type: 'findEntity' } } },
  { label: 'Esc', does: 'back to the list', hint: 'list', keys: { escape: { type: 'back' } } },
  TOGGLE_SIDEBAR,
  SWITCH_PANE,
];

export const ENTITY_DETAIL_KEYS: readonly Binding<CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Enter', does: 'open the article at the chosen mention (Esc comes back here)', hint: 'open', keys: { enter: { type: 'open' } } },
  { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
];

/** On the find line letters are typed, so only keys that type nothing are bound. */
export const ENTITY_FIND_KEYS: readonly Binding<EntityAction | CommonAction>[] = [
  { label: '↑ ↓', does: 'stop typing and move through the entities found', hint: 'choose', keys: { up: { type: 'move', by: -1 }, down: { type: 'move', by: 1 } } },
  { label: 'Enter', does: 'keep what was typed, stop typing', hint: 'done', keys: { enter: { type: 'findEntityDone', keep: true } } },
  { label: 'Backspace Ctrl-u', short: '⌫', does: 'delete a character / all of it', keys: { backspace: { type: 'erase' }, 'ctrl-u': { type: 'clearInput' } } },
  { label: 'Esc', does: 'list every entity again, stop typing', hint: 'clear', keys: { escape: { type: 'findEntityDone', keep: false } } },
];
