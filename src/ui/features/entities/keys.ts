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
  { label: 'Esc', does: 'back to the list', hint: 'list', keys: { escape: { type: 'back' } } },
  TOGGLE_SIDEBAR,
  SWITCH_PANE,
];

export const ENTITY_DETAIL_KEYS: readonly Binding<CommonAction>[] = [
  ...SCROLL_KEYS,
  { label: 'Esc', does: 'back to the articles', hint: 'back', keys: { escape: { type: 'back' } } },
];
