// Keys of the coverage matrix.
import type { CommonAction } from '../../shared/actions';
import type { Binding } from '../../shared/binding';
import type { CoverageAction } from './state';

/** In the reader. */
export const OPEN_COVERAGE: Binding<CoverageAction> = {
  label: 'C',
  does: "coverage: who is mentioned and quoted in this article's story",
  hint: 'coverage',
  keys: { C: { type: 'openCoverage' } },
};

/** In the compare view. */
export const COVERAGE_OF_LEFT: Binding<CoverageAction> = { label: 'C', does: 'coverage of the left article’s story', hint: 'coverage', keys: { C: { type: 'openCoverage' } } };

export const COVERAGE_KEYS: readonly Binding<CoverageAction | CommonAction>[] = [
  { label: '← → h l', short: '←/→', does: 'move across the articles', hint: 'articles', keys: { left: { type: 'sideways', dir: -1 }, h: { type: 'sideways', dir: -1 }, right: { type: 'sideways', dir: 1 }, l: { type: 'sideways', dir: 1 } } },
  { label: 'Enter', does: "open the cell's article at the first mention (or quote)", hint: 'open', keys: { enter: { type: 'open' } } },
  { label: 'Esc', does: 'back', hint: 'back', keys: { escape: { type: 'back' } } },
];
