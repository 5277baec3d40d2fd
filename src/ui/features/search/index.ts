// Search as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import { hitCounter, searchBody, searchGeometry, searchMarks } from './frame';
import type { SearchAction, SearchState, SearchViewport } from './state';
import { reduceSearch, settleSearch } from './state';

export const searchFeature: Feature<Desk & { search: SearchState }, SearchAction | CommonAction, SearchViewport> = {
  contexts: ['search'],
  actions: ['openSearch', 'nextHit'],
  reduce: reduceSearch,
  settle: settleSearch,
  body: (input, layout) => (input.state.view === 'search' ? searchBody(input, layout) : null),
  viewport: (input, layout) => ({ search: searchGeometry(input, layout) }),
  marks: searchMarks,
  title: hitCounter,
};
