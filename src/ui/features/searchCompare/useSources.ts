// Builds the search index and the alignment context when a screen first needs them, never
// before the first frame: the screen shows "building…" for one frame, then the work runs in a
// timer. When the analysis ends, an index or context built without it is rebuilt once with it.
import { useEffect, useMemo, useState } from 'react';
import { buildAlignContext } from '../../../analysis/align';
import type { AlignContext } from '../../../analysis/align';
import type { Corpus } from '../../../corpus/types';
import { buildSearchIndex } from '../../../search';
import type { SearchIndex } from '../../../search/types';
import type { UiState } from '../../state';
import type { AnalysisData } from '../analysis/data';
import { readyData } from '../analysis/state';
import type { SearchCompareSources } from './sources';

interface Built<T> {
  value: T;
  /** The analysis it was built with (null: without). */
  with: AnalysisData | null;
}

/** Builds `make(data)` in a timer when `wanted` and not yet built with the current analysis. */
function useLazy<T>(wanted: boolean, data: AnalysisData | null, make: (data: AnalysisData | null) => T): Built<T> | null {
  const [built, setBuilt] = useState<Built<T> | null>(null);
  const stale = built === null ? wanted : built.with !== data && data !== null;
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => setBuilt({ value: make(data), with: data }), 0);
    return () => clearTimeout(timer);
    // `make` is a fresh closure each render; what it builds depends only on the corpus and data.
  }, [stale, data]);
  return built;
}

export function useSearchCompareSources(corpus: Corpus, state: UiState): SearchCompareSources {
  const data = readyData(state.analysis);
  const index = useLazy<SearchIndex>(state.view === 'search', data, (d) => buildSearchIndex(corpus.articles, d?.analysis));
  const align = useLazy<AlignContext>(
    state.view === 'compare' || state.view === 'coverage',
    data,
    (d) => buildAlignContext(corpus.articles, d?.analysis.entities ?? []),
  );
  // One object per change, so the frame is not recomputed for nothing.
  return useMemo(
    () => ({ searchIndex: index?.value ?? null, searchWithoutAnalysis: index !== null && index.with === null, align: align?.value ?? null }),
    [index, align],
  );
}
