// What the search, compare and coverage screens read besides the UI state: indexes built
// lazily by the App (never before the first frame), null until they exist.
import type { AlignContext } from '../../analysis/align';
import type { SearchIndex } from '../../search/types';

export interface SearchCompareSources {
  /** Built on the first `/`; rebuilt once with quotes and entities when analysis is ready. */
  searchIndex: SearchIndex | null;
  /** Built on the first `c` or `C`; rebuilt once with entity mentions when analysis is ready. */
  align: AlignContext | null;
  /** The index was built before analysis ended: quotes and entities are not searchable yet. */
  searchWithoutAnalysis?: boolean;
}
