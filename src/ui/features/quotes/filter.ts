// Which quotes the Quotes view lists: those of the chosen speaker holding every typed word
// (or its start, or a typo of it) in their text or speaker's names, ranked by fuse.js.
import Fuse from 'fuse.js';
import type { Quote } from '../../../analysis/types';
import type { AnalysisData } from '../../sources/analysis/data';
import { wordTokens } from '../../../search';
import { quoteCandidates, quoteIndexFor, type QuoteIndex } from './quoteIndex';

/** Speakers are told apart by entity when linked, else by the name as written. */
export function speakerKey(q: Quote): string | null {
  if (!q.speaker) return null;
  return q.speaker.entity ?? `name:${q.speaker.name}`;
}

export interface SpeakerChoice {
  key: string;
  name: string;
  quotes: number;
}

const choices = new WeakMap<AnalysisData, SpeakerChoice[]>();

/** Speakers by number of quotes (then name). */
export function speakerChoices(data: AnalysisData): SpeakerChoice[] {
  let list = choices.get(data);
  if (list) return list;
  const byKey = new Map<string, SpeakerChoice>();
  for (const q of data.analysis.quotes) {
    const key = speakerKey(q);
    if (key === null) continue;
    const c = byKey.get(key) ?? { key, name: q.speaker!.name, quotes: 0 };
    c.quotes++;
    byKey.set(key, c);
  }
  list = [...byKey.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  choices.set(data, list);
  return list;
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'text', weight: 2 },
    { name: 'speaker', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/**
 * fuse.js ranks this many of the best candidates (a few screens); the rest follow in the
 * candidate stage's order. fuse.js over all of bbc's 10,060 quotes took 200-340 ms a key.
 */
const RANKED = 300;

/**
 * Quotes lacking some typed word that fuse.js may still accept: those holding the query's
 * longest word, since fuse.js matches the words as typed together and forgives a few missing
 * or changed ones ("we are very pleased" finds "We are pleased to…", "I am delighted" finds
 * "I'm delighted", a word the candidate stage splits in two).
 */
function looseCandidates(index: QuoteIndex, query: string, allow: ((id: number) => boolean) | null): number[] {
  const words = wordTokens(query);
  if (words.length < 2) return [];
  const longest = words.reduce((a, b) => (b.length >= a.length ? b : a));
  return quoteCandidates(index, longest, allow).slice(0, RANKED);
}

/**
 * The quotes to list for a query, in three tiers: those holding every word (the candidates)
 * that fuse.js accepts, by its score over text and speaker, so words typed together rank above
 * the same words apart, ties in reading order as before the candidate stage; then the other
 * candidates (words fuse.js cannot align in one field), in candidate order; last the loose
 * candidates fuse.js accepts, by its score.
 */
function ranked(index: QuoteIndex, query: string, allow: ((id: number) => boolean) | null): Quote[] {
  const { quotes } = index;
  const all = quoteCandidates(index, query, allow);
  const isCandidate = new Uint8Array(quotes.length);
  for (const id of all) isCandidate[id] = 1;
  const head = all.slice(0, RANKED);
  const judged = [...head, ...looseCandidates(index, query, allow).filter((id) => !isCandidate[id])].sort((a, b) => a - b);
  const fuse = new Fuse(
    judged.map((id) => ({ id, text: quotes[id].text, speaker: quotes[id].speaker?.name ?? '' })),
    FUSE_OPTIONS,
  );
  const accepted = fuse.search(query).map((r) => r.item.id);
  const isAccepted = new Set(accepted);
  const tiers = [
    accepted.filter((id) => isCandidate[id]),
    head.filter((id) => !isAccepted.has(id)),
    all.slice(RANKED),
    accepted.filter((id) => !isCandidate[id]),
  ];
  return tiers.flat().map((id) => quotes[id]);
}

/** The last list asked for: the view and the reducer ask for the same one in turn. */
let last: { data: AnalysisData; speaker: string | null; query: string; result: Quote[] } | null = null;

/** The quotes to list: best matches first while a query is typed, reading order otherwise. */
export function visibleQuotes(data: AnalysisData, speaker: string | null, query: string): Quote[] {
  const q = query.trim();
  if (last && last.data === data && last.speaker === speaker && last.query === q) return last.result;
  const index = quoteIndexFor(data);
  const { quotes } = index;
  const ofSpeaker = (id: number) => speakerKey(quotes[id]) === speaker;
  let result: Quote[];
  if (q === '') result = speaker === null ? [...quotes] : quotes.filter((_, id) => ofSpeaker(id));
  else result = ranked(index, q, speaker === null ? null : ofSpeaker);
  last = { data, speaker, query: q, result };
  return result;
}
