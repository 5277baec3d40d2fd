// The table of features: each is one folder with its state, reducer, keys and view, and one
// line here. The root state composes their states (state.ts); keys reach a feature's reducer
// through this table; the frame asks each for its parts in this order (the first body wins,
// marks are laid on in order).
import { compareFeature } from './compare';
import { coverageFeature } from './coverage';
import { entitiesFeature } from './entities';
import { helpFeature } from './help';
import { libraryFeature } from './library';
import { listFeature } from './list';
import { problemsFeature } from './problems';
import { quotesFeature } from './quotes';
import { readerFeature } from './reader';
import { searchFeature } from './search';

export const FEATURES = {
  help: helpFeature,
  problems: problemsFeature,
  list: listFeature,
  reader: readerFeature,
  quotes: quotesFeature,
  entities: entitiesFeature,
  search: searchFeature,
  compare: compareFeature,
  coverage: coverageFeature,
  library: libraryFeature,
};
