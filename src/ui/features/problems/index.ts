// The skipped-files view as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Feature } from '../../shared/feature';
import type { NavState } from '../../shared/nav';
import { scrolledDocument, textRows } from '../../shared/scrolled';
import type { ProblemsAction, ProblemsState, ProblemsViewport } from './state';
import { reduceProblems } from './state';
import { problemsDocument } from './view';

export const problemsFeature: Feature<NavState & ProblemsState, ProblemsAction | CommonAction, ProblemsViewport> = {
  contexts: ['problems'],
  actions: ['showProblems'],
  reduce: reduceProblems,
  body: ({ corpus, state }, { body }) =>
    state.view === 'problems' ? scrolledDocument(problemsDocument(corpus.problems, body.width), state.problemsTop, body.width, body.height) : null,
  viewport: ({ corpus, state }, layout) => ({
    problemsRows: textRows(layout.body.height),
    problemsLines: state.view === 'problems' ? problemsDocument(corpus.problems, layout.body.width).length : 0,
  }),
};
