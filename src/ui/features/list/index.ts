// The article list as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import { listCapacity } from './view';
import { articleOutlets } from './outletFilter';
import type { ListAction, ListViewport } from './state';
import { reduceList } from './state';

export const listFeature: Feature<Desk, ListAction | CommonAction, ListViewport> = {
  contexts: ['list'],
  actions: ['cycleOutlet'],
  reduce: reduceList,
  viewport: ({ corpus }, layout) => ({ listRows: listCapacity(layout.list.height), outlets: articleOutlets(corpus) }),
  title: ({ state }) => (state.listFilter ? [`filter: ${state.listFilter.label} (${state.listFilter.articles.length})`] : []),
};
