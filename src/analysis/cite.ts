// A quotation with its citation, as a journalist would paste it: “…” — Speaker, Outlet, date.
// Unknown parts are left out rather than guessed.
import type { Article } from '../corpus/types';
import type { Quote } from './types';

export function citeQuote(q: Quote, article: Article, separator = ', '): string {
  const text = q.text.replace(/\s+/g, ' ').trim();
  const parts = [q.speaker?.name, article.outlet.value, article.date.value].filter((p): p is string => !!p);
  return parts.length > 0 ? `“${text}” — ${parts.join(separator)}` : `“${text}”`;
}
