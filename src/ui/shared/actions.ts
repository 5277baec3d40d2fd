// Actions whose meaning depends on where the keys go (the context): each feature answers them
// in its own contexts. A feature's other actions are its own and reach it from anywhere.
import type { ScrollAction } from './scroll';

export type CommonAction =
  | ScrollAction
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'focus'; dir: 1 | -1 }
  | { type: 'toggleRead' }
  /** Characters typed into a prompt. */
  | { type: 'input'; text: string }
  | { type: 'erase' }
  | { type: 'clearInput' };
