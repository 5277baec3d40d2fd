// The compare view's summary: what the two articles share, and what only one of them has.
// Entity and quote figures need the analysis; they are null until it is ready.
import type { Alignment } from '../../../analysis/align';
import type { Quote } from '../../../analysis/types';
import type { AnalysisData } from '../../sources/analysis/data';

export interface CompareSummary {
  similarity: number;
  shared: number;
  overlap: number;
  onlyA: number;
  onlyB: number;
  sharedEntities: number | null;
  quotesOnlyA: number | null;
  quotesOnlyB: number | null;
}

/** Letters and digits only, lower case: the same words quoted with other punctuation still match. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Quotes of `mine` that the other article does not carry (neither word for word nor as part of a longer quote). */
function quotesOnlyIn(mine: readonly Quote[], theirs: readonly Quote[]): number {
  const others = theirs.map((q) => normalise(q.text)).filter(Boolean);
  return mine.filter((q) => {
    const t = normalise(q.text);
    return t !== '' && !others.some((o) => o.includes(t) || t.includes(o));
  }).length;
}

export function compareSummary(alignment: Alignment, data: AnalysisData | null, a: number, b: number): CompareSummary {
  const base = {
    similarity: alignment.similarity,
    shared: alignment.shared.length,
    overlap: alignment.overlap.length,
    onlyA: alignment.onlyA.length,
    onlyB: alignment.onlyB.length,
  };
  if (!data) return { ...base, sharedEntities: null, quotesOnlyA: null, quotesOnlyB: null };
  const ea = data.entitiesByArticle.get(a) ?? new Set<string>();
  const eb = data.entitiesByArticle.get(b) ?? new Set<string>();
  const qa = data.quotesByArticle.get(a) ?? [];
  const qb = data.quotesByArticle.get(b) ?? [];
  return {
    ...base,
    sharedEntities: [...ea].filter((id) => eb.has(id)).length,
    quotesOnlyA: quotesOnlyIn(qa, qb),
    quotesOnlyB: quotesOnlyIn(qb, qa),
  };
}

const figure = (n: number | null) => (n === null ? '…' : String(n));

/** One line, most telling figures first (a narrow terminal cuts the end). */
export function summaryText(s: CompareSummary): string {
  return [
    `${s.shared} same`,
    `${s.overlap} overlap`,
    `only left ${s.onlyA}`,
    `only right ${s.onlyB}`,
    `${figure(s.sharedEntities)} shared entities`,
    `quotes only left ${figure(s.quotesOnlyA)}, only right ${figure(s.quotesOnlyB)}`,
    `similarity ${s.similarity.toFixed(2)}`,
  ].join(' · ');
}
