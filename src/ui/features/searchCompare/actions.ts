// Actions of the search, compare and coverage features (joined into the reducer's Action).
export type FeatureAction =
  | { type: 'openSearch' }
  /** Characters typed into a prompt. */
  | { type: 'input'; text: string }
  | { type: 'erase' }
  | { type: 'clearInput' }
  /** n / N: the next or previous search hit in the article opened from the results. */
  | { type: 'nextHit'; dir: 1 | -1 }
  | { type: 'openCompare' }
  | { type: 'toggleSync' }
  | { type: 'openPicker' }
  /** The picker's choice of the right-hand article. */
  | { type: 'pick'; article: number }
  | { type: 'openCoverage' }
  /** ← / → across the coverage matrix's article columns. */
  | { type: 'sideways'; dir: 1 | -1 };
