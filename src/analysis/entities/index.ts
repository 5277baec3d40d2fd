// Entity extraction: per article (pure, cacheable), then merged across the corpus.
import type { Article } from '../../corpus/types';
import type { Entity } from '../types';
import { extractArticleEntities } from './local';
import { mergeEntities } from './merge';

export { extractArticleEntities, entitiesOfText, isConfident } from './local';
export { mergeEntities } from './merge';
export { findEntityForName } from './find';
export { aliasKey, stripTitles, isAcronym, abbreviates } from './aliases';
export { CONFIDENT } from './types';
export type { ArticleEntities, LocalEntity } from './types';

export function extractEntities(articles: Article[]): Entity[] {
  return mergeEntities(articles.map((a) => ({ article: a.id, result: extractArticleEntities(a) })));
}
