// Key bindings of the entity sidebar and detail view, joined into the keymap table.
import type { Binding } from '../../keymap';

export const TOGGLE_SIDEBAR: Binding = { label: 'e', does: 'show / hide the entity sidebar', hint: 'entities', keys: { e: { type: 'toggleSidebar' } } };

export const JUMP_MENTION: Binding = {
  label: '] [',
  does: 'next / previous mention of the chosen entity (across its articles)',
  hint: 'mention',
  keys: { ']': { type: 'jumpMention', dir: 1 }, '[': { type: 'jumpMention', dir: -1 } },
};

/** Esc in the list: the filter set by choosing an entity is cleared (no hint: it does nothing without one). */
export const CLEAR_LIST_FILTER: Binding = { label: 'Esc', does: 'clear the entity filter', keys: { escape: { type: 'back' } } };

export const SIDEBAR_KEYS: readonly Binding[] = [
  { label: 'Enter', does: 'narrow the list to the articles that mention it, highlight its mentions', hint: 'filter', keys: { enter: { type: 'pickEntity' } } },
  { label: 'i', does: 'details: aliases and mentions per article', hint: 'details', keys: { i: { type: 'entityDetail' } } },
  JUMP_MENTION,
  { label: 'Esc', does: 'back to the list', hint: 'list', keys: { escape: { type: 'back' } } },
  TOGGLE_SIDEBAR,
];

export const ENTITY_DETAIL_KEYS: readonly Binding[] = [
  { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
];
