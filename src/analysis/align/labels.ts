// Sentences that report nothing, so alignment neither pairs them nor lists them as one side's own:
// a line without a content word, and a section label such as "FAQ:" or "Key points:", which the
// sentence splitter keeps as a sentence of its own.
import type { Article, Span } from '../../corpus/types';
import { termOf, wordTokens } from './tokens';

/** A label names what follows it in a few words; a longer line ending in a colon is a sentence
 *  leading into a quote or a list, and reports something itself. */
const LABEL_MAX_WORDS = 3;

export function isLabel(article: Article, span: Span): boolean {
  const words = wordTokens(article.text, span);
  if (words.every((word) => termOf(word.surface) === null)) return true;
  return (
    words.length <= LABEL_MAX_WORDS &&
    article.text.slice(span.start, span.end).trimEnd().endsWith(':') &&
    article.paragraphs.some((p) => p.start === span.start && p.end === span.end)
  );
}
