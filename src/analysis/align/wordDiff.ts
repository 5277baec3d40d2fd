// The words that differ between two sentences of an overlapping pair, as spans on each side.
import { diffArrays } from 'diff';
import type { Span } from '../../corpus/types';
import { wordTokens, type WordToken } from './tokens';

export interface WordDiff {
  a: Span[];
  b: Span[];
}

/**
 * A word-level diff (Myers', from the `diff` package) of the two sentences, ignoring case and
 * punctuation: each run of consecutive words one side has and the other lacks becomes one span,
 * from its first word's start to its last word's end ("has dismissed reports he told").
 */
export function differingWords(textA: string, spanA: Span, textB: string, spanB: Span): WordDiff {
  const ta = wordTokens(textA, spanA);
  const tb = wordTokens(textB, spanB);
  const out: WordDiff = { a: [], b: [] };
  let i = 0;
  let j = 0;
  const lower = (tokens: WordToken[]) => tokens.map((t) => t.surface.toLowerCase());
  for (const part of diffArrays(lower(ta), lower(tb))) {
    const n = part.count ?? part.value.length;
    if (part.removed) out.a.push(run(ta, i, n));
    else if (part.added) out.b.push(run(tb, j, n));
    if (!part.added) i += n;
    if (!part.removed) j += n;
  }
  return out;
}

function run(tokens: readonly WordToken[], from: number, n: number): Span {
  return { start: tokens[from].start, end: tokens[from + n - 1].end };
}
