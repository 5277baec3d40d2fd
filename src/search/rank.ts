// Ranking: scored documents become hits, ordered by the rules users expect, and hits that
// repeat what a better one already shows are dropped.
import type { Span } from '../corpus/types';
import { coveredBy, mergeRanges, toArticleOffsets } from './highlight';
import { Exactness } from './match';
import type { ScoredDocument } from './score';
import { wordTokens } from './text';
import type { HitKind, SearchDocument, SearchHit, SearchIndex } from './types';

/** Headlines and quotes above entity names above body text. */
const KIND_PRIORITY: Record<HitKind, number> = { headline: 2, quote: 2, entity: 1, faq: 0, text: 0 };

interface RankedHit {
  hit: SearchHit;
  exactness: Exactness;
  kindPriority: number;
  fuzziness: number;
  /** Words in the passage when shorter should win (fuzzy words), else 0. */
  length: number;
  article: number;
  start: number;
}

/**
 * Exact words before fragments before typos, headlines and quotes before body text, closer
 * before looser, the words as one phrase before the words apart, for fuzzy words the shorter
 * passage (where the words weigh more, as fuse.js's field norm has it), then reading order.
 * A phrase ranks within its tier rather than above every kind: a quote holding "arms" and
 * "deal" apart still outranks a body sentence with "arms deal" (and the top ten stay close to
 * what fuse.js finds: 0.80 overlap on the benchmark's queries, against 0.72 with phrases first).
 */
const wordTier = (e: Exactness): number => Math.min(e, Exactness.WholeWords);

export function compareRanked(a: RankedHit, b: RankedHit): number {
  return (
    wordTier(b.exactness) - wordTier(a.exactness) ||
    b.kindPriority - a.kindPriority ||
    a.fuzziness - b.fuzziness ||
    b.exactness - a.exactness ||
    a.length - b.length ||
    a.article - b.article ||
    a.start - b.start
  );
}

export function betterScored(a: ScoredDocument, b: ScoredDocument): boolean {
  return a.exactness > b.exactness || (a.exactness === b.exactness && a.fuzziness < b.fuzziness);
}

export function toHits(
  index: SearchIndex,
  doc: SearchDocument,
  scored: ScoredDocument,
  outletOk: (a: number) => boolean,
  preferShort: boolean,
): RankedHit[] {
  const kindPriority = KIND_PRIORITY[doc.kind];
  const score = scored.exactness * 100 + kindPriority * 10 + (1 - scored.fuzziness) * 9;
  const ranked = (article: number, hit: Omit<SearchHit, 'score' | 'kind'>): RankedHit => ({
    hit: { ...hit, kind: doc.kind, score },
    exactness: scored.exactness,
    kindPriority,
    fuzziness: scored.fuzziness,
    length: preferShort ? index.candidates.lengths[doc.id] : 0,
    article,
    start: hit.start,
  });
  if (doc.kind === 'entity') {
    // One hit per article that mentions the entity, at the first mention in the form that
    // matched ("DPRK" for North Korea), else at its first mention there.
    const matched = new Set(scored.ranges.flatMap((r) => wordTokens(doc.text.slice(r.start, r.end))));
    return (doc.mentions ?? [])
      .filter((m) => outletOk(m.article))
      .map(({ article, spans }) => {
        const articleText = index.articles[article].text;
        const mentionText = (s: Span) => articleText.slice(s.start, s.end);
        const span = spans.find((s) => wordTokens(mentionText(s)).some((w) => matched.has(w))) ?? spans[0];
        const text = mentionText(span);
        const highlights = [{ ...span }];
        const textHighlights = [{ start: 0, end: text.length }];
        return ranked(article, { article: index.articles[article].id, text, ...span, highlights, textHighlights, entity: doc.entity });
      });
  }
  const textHighlights = mergeRanges(scored.ranges);
  const highlights = doc.start >= 0 ? toArticleOffsets(textHighlights, doc.start) : [];
  const hit = { article: index.articles[doc.article].id, text: doc.text, start: doc.start, end: doc.end, highlights, textHighlights };
  return [ranked(doc.article, doc.speaker ? { ...hit, speaker: doc.speaker } : hit)];
}

/** A sentence whose every match lies inside a quote or headline already listed adds nothing. */
export function dropCovered(ranked: RankedHit[]): RankedHit[] {
  const containers = new Map<string, Span[]>();
  for (const { hit } of ranked) {
    if ((hit.kind === 'quote' || hit.kind === 'headline') && hit.start >= 0) {
      const list = containers.get(hit.article) ?? [];
      list.push(hit);
      containers.set(hit.article, list);
    }
  }
  return ranked.filter(({ hit }) => {
    if (hit.kind !== 'text' && hit.kind !== 'faq') return true;
    return !(containers.get(hit.article) ?? []).some((span) => coveredBy(hit.highlights, span));
  });
}
