// Which quotes the Quotes view lists: those of the chosen speaker, fuzzy-matched against what
// was typed (fuse.js over the quote's words and its speaker's name, so typos are forgiven).
import Fuse from 'fuse.js';
import type { Quote } from '../../../analysis/types';
import type { AnalysisData } from '../analysis/data';

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

/** All quotes in reading order: by article, then position. */
function inCorpusOrder(data: AnalysisData): Quote[] {
  return [...data.quotesByArticle.keys()].sort((a, b) => a - b).flatMap((i) => data.quotesByArticle.get(i) ?? []);
}

interface Searcher {
  data: AnalysisData;
  speaker: string | null;
  quotes: Quote[];
  fuse: Fuse<{ quote: Quote; text: string; speaker: string }> | null;
}

// The last speaker's quotes and their fuse index: typing changes the query, not the speaker.
let searcher: Searcher | null = null;
let last: { data: AnalysisData; speaker: string | null; query: string; result: Quote[] } | null = null;

function searcherFor(data: AnalysisData, speaker: string | null): Searcher {
  if (searcher && searcher.data === data && searcher.speaker === speaker) return searcher;
  const quotes = inCorpusOrder(data).filter((q) => speaker === null || speakerKey(q) === speaker);
  searcher = { data, speaker, quotes, fuse: null };
  return searcher;
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

/** The quotes to list: best matches first while a query is typed, reading order otherwise. */
export function visibleQuotes(data: AnalysisData, speaker: string | null, query: string): Quote[] {
  const q = query.trim();
  if (last && last.data === data && last.speaker === speaker && last.query === q) return last.result;
  const s = searcherFor(data, speaker);
  let result: Quote[];
  if (q === '') result = s.quotes;
  else {
    s.fuse ??= new Fuse(
      s.quotes.map((quote) => ({ quote, text: quote.text, speaker: quote.speaker?.name ?? '' })),
      FUSE_OPTIONS,
    );
    result = s.fuse.search(q).map((r) => r.item.quote);
  }
  last = { data, speaker, query: q, result };
  return result;
}
