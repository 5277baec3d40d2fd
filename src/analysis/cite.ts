// A quotation with its citation, as a journalist would paste it: “…” — Speaker, Outlet, date.
// Unknown parts are left out rather than guessed.
import type { Article } from '../corpus/types';
import type { Quote } from './types';

export function citeQuote(q: Quote, article: Article, separator = ', '): string {
  const text = q.text.replace(/\s+/g, ' ').trim();
  const parts = [q.speaker?.name, article.outlet.value, article.date.value].filter((p): p is string => !!p);
  return parts.length > 0 ? `“${text}” — ${parts.join(separator)}` : `“${text}”`;
}

/**
 * The quotation as the clipboard gets it, one line to paste under a note:
 * “…” — Speaker, “Headline”, Outlet, date, URL. A comma or semicolon that ends the quotation is the
 * sentence's, not the speaker's, so it is left out of the marks. A headline made from the text (not
 * stated by the source) is no headline, and unknown parts are left out.
 */
export function quoteCitation(q: Quote, article: Article): string {
  const text = q.text.replace(/\s+/g, ' ').trim().replace(/\s*[,;:]$/, '');
  const headline = article.headline.from === 'explicit' && article.headline.value ? `“${article.headline.value}”` : null;
  const parts = [q.speaker?.name, headline, article.outlet.value, article.date.value, article.url].filter((p): p is string => !!p);
  return parts.length > 0 ? `“${text}” — ${parts.join(', ')}` : `“${text}”`;
}
