// The library (fetching feeds) as the registry sees it.
import type { Effect } from '../../shared/effect';
import type { Feature } from '../../shared/feature';
import type { LibraryAction } from './state';
import { reduceLibrary } from './state';

export const libraryFeature: Feature<{ effect: Effect | null }, LibraryAction, unknown> = {
  contexts: [],
  actions: ['fetchFeeds'],
  reduce: reduceLibrary,
};
