// Entity extraction: per article (pure, cacheable), then merged across the corpus.
//
// tokens     wink-nlp tokens with offsets, POS tags and "capitalised only by position" flags
// runs       runs of capitalised words (hyphens, particles, "of"/"for"/"and" inside names)
// segments   runs cut at titles, demonyms, known places and known names joined by a hyphen
// candidates each name with its evidence: head words, titles, role nouns, prepositions, appositions
// local      one article: short forms, acronyms and definitions grouped; kind decided by evidence
// merge      the corpus: equal alias keys, unambiguous surnames and acronyms; stable ids
// gazetteer  general world knowledge (gazetteer.json, personal-names.json), never a story's names
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
