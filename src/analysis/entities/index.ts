// Entity extraction: per article (pure, cacheable), then merged across the corpus.
//
// tagger     a sequence model trained on annotated newswire (`npm run train`) finds names and their
//            types; document-level evidence and news-style corrections settle them (tagger/)
// candidates the tagger's names with their evidence and gazetteer entries
// local      one article: short forms, acronyms and definitions grouped into entities
// merge      the corpus: equal alias keys of equal type, unambiguous surnames and acronyms; stable ids
// gazetteer  general world knowledge (gazetteer.json): canonical names, never a story's names
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
