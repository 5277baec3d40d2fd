// Stage two: a word matcher finds how exactly each candidate matched and which words to
// highlight; fuse.js scores the query words that candidates contain only as typos.
// (Operators are the matcher's: fuse.js's extended ^ and $ anchor the whole passage.)
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Span } from '../corpus/types';
import type { BranchMatch, CompiledBranch, Exactness } from './match';
import { foldText, wordsWithOffsets, type WordAt } from './text';
import type { SearchDocument } from './types';

export interface ScoredDocument {
  id: number;
  exactness: Exactness;
  /** How far its typos are from the query words: 0 none, up to 1 (fuse.js's score). */
  fuzziness: number;
  /** Matched ranges as offsets into the document's text. */
  ranges: Span[];
}

const FUSE_OPTIONS: IFuseOptions<string> = {
  // Texts and query are folded beforehand, so fuse's offsets stay offsets into the original.
  isCaseSensitive: true,
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

/** A document's folded text, and its words once something asks for them. */
class Prepared {
  private wordList?: WordAt[];
  constructor(readonly folded: string) {}
  get words(): WordAt[] {
    return (this.wordList ??= wordsWithOffsets(this.folded));
  }
}

/**
 * Prepared documents recently scored. Each keystroke scores mostly the candidates of the
 * one before, so this saves most of the folding; the cache is dropped whole when full.
 */
const preparedCache = new WeakMap<readonly SearchDocument[], Map<number, Prepared>>();
const PREPARED_CACHE_SIZE = 4000;

function prepared(documents: readonly SearchDocument[], id: number): Prepared {
  let cache = preparedCache.get(documents);
  if (!cache || cache.size >= PREPARED_CACHE_SIZE) preparedCache.set(documents, (cache = new Map()));
  let entry = cache.get(id);
  if (!entry) cache.set(id, (entry = new Prepared(foldText(documents[id].text))));
  return entry;
}

type Survivor = BranchMatch & { id: number; doc: Prepared };

/**
 * fuse.js's score for each distinct document word that resembles `token`, the word alone
 * (no field norm): how close the typo is, whatever passage it stands in.
 */
function typoScores(token: string, words: string[]): Map<string, number> {
  const fuse = new Fuse(words, { ...FUSE_OPTIONS, includeMatches: false, ignoreFieldNorm: true });
  return new Map(fuse.search(token).map((r) => [words[r.refIndex], r.score ?? 0]));
}

/**
 * For a query word some documents lack altogether, fuse.js searches their whole text (a
 * typo across a word boundary): its score, and its ranges as highlights.
 */
function searchWhole(token: string, docs: Survivor[]): Map<Survivor, { score: number; ranges: Span[] }> {
  const fuse = new Fuse(
    docs.map((d) => d.doc.folded),
    FUSE_OPTIONS,
  );
  const found = new Map<Survivor, { score: number; ranges: Span[] }>();
  for (const r of fuse.search(token)) {
    const doc = docs[r.refIndex];
    const indices = (r.matches ?? []).flatMap((m) => m.indices);
    found.set(doc, { score: r.score ?? 0, ranges: fuseRanges(indices, doc.doc.words) });
  }
  return found;
}

export function scoreCandidates(
  documents: readonly SearchDocument[],
  ids: readonly number[],
  branch: CompiledBranch,
): ScoredDocument[] {
  const survivors: Survivor[] = [];
  for (const id of ids) {
    const doc = prepared(documents, id);
    const found = branch.match(doc);
    if (found) survivors.push({ id, doc, ...found });
  }

  // Group the typos by query word, so fuse.js sees each distinct word once.
  const resembling = new Map<string, Set<string>>();
  const lacking = new Map<string, Survivor[]>();
  for (const doc of survivors) {
    for (const { token, words } of doc.typos) {
      if (words.length) {
        const set = resembling.get(token) ?? new Set<string>();
        words.forEach((w) => set.add(w));
        resembling.set(token, set);
      } else {
        lacking.set(token, [...(lacking.get(token) ?? []), doc]);
      }
    }
  }
  const wordScores = new Map([...resembling].map(([token, words]) => [token, typoScores(token, [...words])]));
  const wholeScores = new Map([...lacking].map(([token, docs]) => [token, searchWhole(token, docs)]));

  // A document's fuzziness is the mean over its typos of the best score; a typo fuse.js
  // rejects drops the document.
  const scored: ScoredDocument[] = [];
  for (const doc of survivors) {
    let total = 0;
    const ranges = [...doc.ranges];
    const accepted = doc.typos.every(({ token, words }) => {
      if (!words.length) {
        const whole = wholeScores.get(token)!.get(doc);
        if (whole) {
          total += whole.score;
          ranges.push(...whole.ranges);
        }
        return whole !== undefined;
      }
      const scores = words.map((w) => wordScores.get(token)!.get(w)).filter((s): s is number => s !== undefined);
      if (scores.length) total += Math.min(...scores);
      return scores.length > 0;
    });
    if (accepted) {
      const fuzziness = doc.typos.length ? total / doc.typos.length : 0;
      scored.push({ id: doc.id, exactness: doc.exactness, fuzziness, ranges });
    }
  }
  return scored;
}
