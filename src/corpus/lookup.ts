// Finding an article by what a user types: its id, or a prefix of it that only one id has.
import type { Article, Corpus } from './types';

export type Lookup = { article: Article } | { error: string };

export function findArticle(corpus: Corpus, key: string): Lookup {
  const exact = corpus.articles.find((a) => a.id === key);
  if (exact) return { article: exact };
  const matches = corpus.articles.filter((a) => a.id.startsWith(key));
  if (matches.length === 1) return { article: matches[0] };
  if (matches.length === 0) return { error: `no article with id '${key}' (see rknews list)` };
  const shown = matches.slice(0, 5).map((a) => a.id).join(', ');
  return { error: `'${key}' matches ${matches.length} articles (${shown}${matches.length > 5 ? ', …' : ''}); give more of the id` };
}
