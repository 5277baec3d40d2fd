// The help overlay as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Feature } from '../../shared/feature';
import type { NavState } from '../../shared/nav';
import { scrolledDocument, textRows } from '../../shared/scrolled';
import type { HelpAction, HelpState, HelpViewport } from './state';
import { reduceHelp } from './state';
import { helpDocument } from './view';

const EMPTY_GUIDE = { everywhere: [], contexts: [] };

export const helpFeature: Feature<NavState & HelpState, HelpAction | CommonAction, HelpViewport> = {
  contexts: ['help'],
  actions: ['toggleHelp'],
  reduce: reduceHelp,
  body: ({ corpus, state, keyGuide }, { body }) =>
    state.overlay === 'help' ? scrolledDocument(helpDocument(corpus.problems, keyGuide ?? EMPTY_GUIDE), state.helpTop, body.width, body.height) : null,
  viewport: ({ corpus, state, keyGuide }, layout) => ({
    helpRows: textRows(layout.body.height),
    helpLines: state.overlay === 'help' ? helpDocument(corpus.problems, keyGuide ?? EMPTY_GUIDE).length : 0,
  }),
};
