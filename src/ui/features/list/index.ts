// The article list as the registry sees it: its order and filters are named in the title bar.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import { listCapacity } from './view';
import { articleOutlets } from './outletFilter';
import type { ListAction, ListViewport } from './state';
import { reduceList } from './state';
import { SORT_LABELS, sortedArticles } from './sort';

export const listFeature: Feature<Desk, ListAction | CommonAction, ListViewport> = {
  contexts: ['list'],
  actions: ['cycleOutlet', 'cycleSort', 'cycleReadShown', 'showPreview'],
  reduce: reduceList,
  viewport: ({ corpus }, layout) => ({
    listRows: listCapacity(layout.list.height),
    outlets: articleOutlets(corpus),
    sortedArticles: (sort) => sortedArticles(corpus.articles, sort),
  }),
  title: ({ state }) => [
    ...(state.listFilter ? [`filter: ${state.listFilter.label} (${state.listFilter.articles.length})`] : []),
    ...(state.listView && state.listView.sort !== 'loaded' ? [SORT_LABELS[state.listView.sort]] : []),
    ...(state.listView && state.listView.shown !== 'all' ? [`${state.listView.shown} only (${state.listView.rows.length})`] : []),
  ],
};
