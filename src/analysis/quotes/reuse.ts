// An article's quotes as kept between runs (store/quoteCache.ts, by text hash), with what finding
// them read beyond the article's text: where its body starts and ends (its paragraphs, sentences
// and blocks are made of the text and the body), its entity mentions with their entities' ids,
// names and types, and the answer each name lookup among the corpus's entities gave
// (speaker linking reads corpus-wide aliases and mention counts). Quote finding is a function of
// these, so when the corpus's merged entities give the same again (ten articles added, say), the
// kept quotes are exactly what finding them again would give: only articles whose answers changed
// are analysed again, and the output stays what a run without the cache prints.
import { createHash, type Hash } from 'node:crypto';
import type { Article } from '../../corpus/types';
import type { Quote, Speaker } from '../types';
import type { entityView } from './speaker';

/** A quote without what its article gives back: its id, article and (usually) text. */
export interface StoredQuote {
  s: number;
  e: number;
  /** The quote's text, only where it is not the span's text. */
  t?: string;
  who: Speaker | null;
  cue?: [number, number];
}

export interface ArticleQuotes {
  /** A hash of the article's body span and entity mentions, block by block (viewHash, addView). */
  view: string;
  /** Every name linked among the entities: [block, name, linkAnswer]. */
  links: [number, string, string | null][];
  quotes: StoredQuote[];
}

type EntityView = ReturnType<typeof entityView>;

/**
 * A hash to add the article's blocks' views to, begun with its body span: the body is read from the
 * article's head, so checking a kept result parses no paragraphs or sentences.
 */
export function viewHash(article: Article): Hash {
  return createHash('sha256').update(`${article.body.start},${article.body.end}`);
}

/** Adds what a block's quote finding reads of its entities to `hash`: the entities of its mentions, and where each stands. */
export function addView(hash: Hash, block: Article, view: EntityView): void {
  // One string and one hash update a block, not one a mention.
  let s = `\u0001${block.text.length}\u0002`;
  const index = new Map<unknown, number>();
  for (const e of view.local) {
    index.set(e, index.size);
    s += `${e.id}\u0000${e.name}\u0000${e.type}\u0003`;
  }
  s += '\u0002';
  for (const m of view.mentions) s += `${m.span.start},${m.span.end},${index.get(m.entity)} `;
  hash.update(s);
}

export function storeQuotes(text: string, quotes: readonly Quote[]): StoredQuote[] {
  return quotes.map((q) => {
    const sliced = text.slice(q.span.start, q.span.end);
    return { s: q.span.start, e: q.span.end, ...(q.text === sliced ? {} : { t: q.text }), who: q.speaker, ...(q.cue ? { cue: [q.cue.start, q.cue.end] } : {}) };
  });
}

/** The article's quotes from their stored form: ids number them in reading order, as finding them does. */
export function restoreQuotes(article: Article, stored: readonly StoredQuote[]): Quote[] {
  return stored.map((q, k) => ({
    id: `${article.id}:q${k + 1}`,
    article: article.id,
    span: { start: q.s, end: q.e },
    text: q.t ?? article.text.slice(q.s, q.e),
    speaker: q.who ? { name: q.who.name, ...(q.who.entity === undefined ? {} : { entity: q.who.entity }) } : null,
    ...(q.cue ? { cue: { start: q.cue[0], end: q.cue[1] } } : {}),
  }));
}
