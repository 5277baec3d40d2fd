// The CLI's quote filter: `rknews quotes [QUERY] [--speaker NAME]`.
import type { Entity, Quote } from '../types';
import { speakerKey, linkName } from './link';

export interface QuoteFilter {
  /** Every word must occur in the quote's text or speaker name, case-insensitively, in any order. */
  query?: string;
  /** A speaker name or alias: matched by alias key against the speaker and its entity's aliases. */
  speaker?: string;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/gu, "'");
}

/** The alias keys a quote's speaker answers to: its name, and its entity's name and aliases. */
function speakerKeys(q: Quote, byId: Map<string, Entity>): Set<string> {
  const keys = new Set<string>();
  if (!q.speaker) return keys;
  keys.add(speakerKey(q.speaker.name));
  const e = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
  if (e) for (const n of [e.name, ...e.aliases]) keys.add(speakerKey(n));
  return keys;
}

/**
 * Quotes matching the filter. Query: all whitespace-separated words are substrings of the
 * quote text or speaker name (case- and accent-insensitive). Speaker: the name given
 * ("putin", "Mr. Putin") resolves through the entities to the same speaker — alias keys
 * equal, or a one-word name equal to the last word of the speaker's name.
 */
export function filterQuotes(quotes: Quote[], filter: QuoteFilter, entities: Entity[] = []): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const words = fold(filter.query ?? '').split(/\s+/).filter(Boolean);
  const wanted = filter.speaker?.trim() ? speakerKey(filter.speaker) : null;
  return quotes.filter((q) => {
    if (words.length > 0) {
      const hay = fold(`${q.text} ${q.speaker?.name ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    if (wanted !== null) {
      if (!q.speaker) return false;
      const keys = speakerKeys(q, byId);
      if (keys.has(wanted)) return true;
      const linked = linkName(filter.speaker!, q.article, entities);
      if (linked && q.speaker.entity === linked.id) return true;
      const last = q.speaker.name.split(/\s+/).pop() ?? '';
      return !/\s/u.test(filter.speaker!.trim()) && speakerKey(last) === wanted;
    }
    return true;
  });
}
