// Reads the search index saved for this corpus, or builds it in the background from the first
// frame on, in time slices so keys keep being answered, and saves it; so the first keystroke after / finds it ready; when the analysis ends,
// its names and quotes are added to it (the text part is kept). The alignment context is
// built when a screen first needs it, in a timer after one "building…" frame, and rebuilt
// once with the analysis.
import { useEffect, useMemo, useState } from 'react';
import { buildAlignContext } from '../../analysis/align';
import type { AlignContext } from '../../analysis/align';
import type { Corpus } from '../../corpus/types';
import { runInSlices } from '../../analysis/slices';
import { withAnalysisSteps } from '../../search/build';
import type { SearchIndex } from '../../search/types';
import { startCachedIndexBuild } from '../../store/searchIndexCache';
import type { View } from '../shared/nav';
import type { AnalysisData } from './analysis/data';
import type { AnalysisState } from './analysis/state';
import { readyData } from './analysis/state';
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

/** Work per slice of the index build: short enough that a key waits no longer than this. */
const SLICE_MS = 12;

/**
 * The text index, read from the cache or built in slices from the first frame on; then the same
 * index with the analysis added. A save that failed is told to `onWarning` (the index still works).
 */
function useSearchIndex(corpus: Corpus, data: AnalysisData | null, onWarning?: (text: string) => void): Built<SearchIndex> | null {
  const [text, setText] = useState<SearchIndex | null>(null);
  useEffect(() => {
    const build = startCachedIndexBuild(corpus.articles);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const slice = () => {
      if (build.step(SLICE_MS)) {
        setText(build.finish());
        if (build.warning) onWarning?.(build.warning); // made safe by the frame, as every line is
      } else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => {
      if (timer) clearTimeout(timer);
    };
    // onWarning is the App's setter (stable); a new build only for a new corpus.
  }, [corpus]);
  const [full, setFull] = useState<Built<SearchIndex> | null>(null);
  useEffect(() => {
    if (!text || !data || full?.with === data) return;
    // In time slices: built at once, it froze the reader for about half a second on Reuters.
    const stop = new AbortController();
    runInSlices(withAnalysisSteps(text, data.analysis), stop.signal).then(
      (value) => setFull({ value, with: data }),
      (error: unknown) => {
        if (!stop.signal.aborted) throw error;
      },
    );
    return () => stop.abort();
  }, [text, data, full]);
  const textOnly = useMemo(() => (text ? { value: text, with: null } : null), [text]);
  return full && full.value.articles === corpus.articles ? full : textOnly;
}

export function useSearchCompareSources(corpus: Corpus, state: { analysis: AnalysisState; view: View }, onWarning?: (text: string) => void): SearchCompareSources {
  const data = readyData(state.analysis);
  const index = useSearchIndex(corpus, data, onWarning);
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
