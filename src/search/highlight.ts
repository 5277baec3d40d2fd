// Turns a document's matched ranges into highlights: sorted, merged, in article offsets.
import type { Span } from '../corpus/types';

/** Sorted, with overlapping or touching ranges joined, and empty ones dropped. */
export function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Shifts ranges found in a passage that starts at `passageStart` into article offsets. */
export function toArticleOffsets(ranges: readonly Span[], passageStart: number): Span[] {
  return mergeRanges(ranges).map((r) => ({ start: r.start + passageStart, end: r.end + passageStart }));
}

/** True when every highlight lies inside `span`. */
export function coveredBy(highlights: readonly Span[], span: Span): boolean {
  return highlights.length > 0 && highlights.every((h) => h.start >= span.start && h.end <= span.end);
}
