// The compare view as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import type { AnalysisState } from '../../sources/analysis/state';
import { compareBody, compareGeometry } from './frame';
import type { CompareAction, CompareState, CompareViewport } from './state';
import { reduceCompare } from './state';

export const compareFeature: Feature<Desk & { compare: CompareState | null; analysis: AnalysisState }, CompareAction | CommonAction, CompareViewport> = {
  contexts: ['compare', 'picker'],
  actions: ['openCompare', 'toggleSync', 'openPicker', 'pick'],
  reduce: reduceCompare,
  body: (input, layout) => (input.state.view === 'compare' ? compareBody(input, layout) : null),
  viewport: (input, layout) => ({ compare: compareGeometry(input, layout) }),
};
