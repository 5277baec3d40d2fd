// The compare view's summary: what the two articles share, and what only one of them has.
// Entity and quote figures need the analysis; they are null until it is ready.
import type { Alignment } from '../../../analysis/align';
import type { Quote } from '../../../analysis/types';
import { displayWidth, truncateToWidth } from '../../shared/text/wrap';
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

/** The summary's figures: those of the sentences, then the rest, each in a long and a short wording. */
function summaryParts(s: CompareSummary): { core: string[]; rest: { long: string; short: string }[] } {
  return {
    core: [`${s.shared} same`, `${s.overlap} overlap`, `only left ${s.onlyA}`, `only right ${s.onlyB}`],
    rest: [
      { long: `${figure(s.sharedEntities)} shared entities`, short: `${figure(s.sharedEntities)} entities` },
      { long: `quotes only left ${figure(s.quotesOnlyA)}, only right ${figure(s.quotesOnlyB)}`, short: `quotes only ${figure(s.quotesOnlyA)}/${figure(s.quotesOnlyB)}` },
      { long: `similarity ${s.similarity.toFixed(2)}`, short: `sim ${s.similarity.toFixed(2)}` },
    ],
  };
}

const SEPARATOR = ' · ';
/** A note (the left article's copies) is cut to no fewer columns than this, else left out. */
const MIN_NOTE = 16;

/**
 * One line within `width` columns: the sentence figures first, then `note`, then the other
 * figures. Too wide, those take their short wording and the last go first; then the note is
 * cut or left out; the sentence figures always show.
 */
export function summaryText(s: CompareSummary, width = Infinity, note = ''): string {
  const { core, rest } = summaryParts(s);
  const line = (parts: readonly string[]) => parts.join(SEPARATOR);
  const fits = (text: string) => displayWidth(text) <= width;
  const noted = note ? [...core, note] : core;
  const long = line([...noted, ...rest.map((p) => p.long)]);
  if (fits(long)) return long;
  for (let n = rest.length; n >= 0; n--) {
    const text = line([...noted, ...rest.slice(0, n).map((p) => p.short)]);
    if (fits(text)) return text;
  }
  const room = width - displayWidth(line(core)) - SEPARATOR.length;
  if (note && room >= MIN_NOTE) return line([...core, truncateToWidth(note, room)]);
  return truncateToWidth(line(core), width);
}
