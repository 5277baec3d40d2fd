// Stage two: fuse.js scores the candidates' fuzzy words; the word matcher adds how
// exactly each candidate matched and which words to highlight.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Span } from '../corpus/types';
import { Exactness, type CompiledBranch } from './match';
import { foldText, wordsWithOffsets, type WordAt } from './text';
import type { SearchDocument } from './types';

export interface ScoredDocument {
  id: number;
  exactness: Exactness;
  /** fuse.js score: 0 is a perfect match, 1 no match at all. */
  fuzziness: number;
  /** Matched ranges as offsets into the document's text. */
  ranges: Span[];
}

const FUSE_OPTIONS: IFuseOptions<string> = {
  // Texts and query are folded beforehand, so fuse's offsets stay offsets into the original.
  isCaseSensitive: true,
  useExtendedSearch: true,
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  threshold: 0.35,
  shouldSort: false,
};

/** fuse.js marks every letter its pattern contains; only runs of 3+ snapped to whole words say anything. */
function fuseRanges(indices: ReadonlyArray<readonly [number, number]>, words: readonly WordAt[]): Span[] {
  const ranges: Span[] = [];
  for (const [first, last] of indices) {
    if (last - first + 1 < 3) continue;
    const covering = words.filter((w) => w.start <= last && w.end > first);
    if (covering.length) ranges.push({ start: covering[0].start, end: covering[covering.length - 1].end });
  }
  return ranges;
}

export function scoreCandidates(
  documents: readonly SearchDocument[],
  ids: readonly number[],
  branch: CompiledBranch,
): ScoredDocument[] {
  const survivors: { id: number; folded: string; words: WordAt[]; exactness: Exactness; ranges: Span[]; unmatchedWords: boolean }[] = [];
  for (const id of ids) {
    const folded = foldText(documents[id].text);
    const words = branch.needsWords ? wordsWithOffsets(folded) : [];
    const found = branch.match(folded, words);
    if (found) survivors.push({ id, folded, words, ...found });
  }
  if (!branch.fuzzyWords.length) {
    return survivors.map((s) => ({ id: s.id, exactness: s.exactness, fuzziness: 0, ranges: s.ranges }));
  }
  const fuse = new Fuse(
    survivors.map((s) => s.folded),
    FUSE_OPTIONS,
  );
  return fuse.search(branch.fuzzyWords.join(' ')).map((result) => {
    const s = survivors[result.refIndex];
    const indices = result.matches?.flatMap((m) => m.indices) ?? [];
    const ranges = s.unmatchedWords ? [...s.ranges, ...fuseRanges(indices, s.words)] : s.ranges;
    return { id: s.id, exactness: s.exactness, fuzziness: result.score ?? 0, ranges };
  });
}
