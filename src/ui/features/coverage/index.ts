// The coverage matrix as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import type { AnalysisState } from '../../sources/analysis/state';
import { coverageBody, coverageGeometry } from './frame';
import type { CoverageAction, CoverageState, CoverageViewport } from './state';
import { reduceCoverage } from './state';

export const coverageFeature: Feature<Desk & { coverage: CoverageState | null; analysis: AnalysisState }, CoverageAction | CommonAction, CoverageViewport> = {
  contexts: ['coverage'],
  actions: ['openCoverage', 'sideways'],
  reduce: reduceCoverage,
  body: (input, layout) => (input.state.view === 'coverage' ? coverageBody(input, layout) : null),
  viewport: (input, layout) => ({ coverage: coverageGeometry(input, layout) }),
};
