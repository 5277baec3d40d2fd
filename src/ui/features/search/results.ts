// Search results as the screen lists them: hits grouped by article (groups in the order of
// their best hit), and the query's hits per article for the reader. Computed once per query.
import type { Article } from '../../../corpus/types';
import { search } from '../../../search';
import type { SearchHit, SearchIndex } from '../../../search/types';

/** Enough hits to mark every hit of a query in an article, not only the screenful listed. */
const HIT_LIMIT = 200;

export interface ResultGroup {
  article: number;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  groups: ResultGroup[];
  /** Hits in display order (group by group). */
  ordered: SearchHit[];
  /** Article index of each entry of `ordered`. */
  articleOf: number[];
  /** Display row of each entry of `ordered`: each group's heading takes a row. */
  rowOf: number[];
  totalRows: number;
  /** Hits per article index, in text order (derived headlines, which have no place in the text, left out). */
  inArticle: Map<number, SearchHit[]>;
}

const articleIndexes = new WeakMap<readonly Article[], Map<string, number>>();

function indexOfArticle(articles: readonly Article[], id: string): number {
  let map = articleIndexes.get(articles);
  if (!map) {
    map = new Map(articles.map((a, i) => [a.id, i]));
    articleIndexes.set(articles, map);
  }
  return map.get(id) ?? -1;
}

/** Groups ranked hits by article; the best hit decides a group's place, hits keep their rank inside it. */
export function groupResults(articles: readonly Article[], query: string, hits: readonly SearchHit[]): SearchResults {
  const byArticle = new Map<number, ResultGroup>();
  for (const hit of hits) {
    const article = indexOfArticle(articles, hit.article);
    if (article < 0) continue;
    let group = byArticle.get(article);
    if (!group) byArticle.set(article, (group = { article, hits: [] }));
    group.hits.push(hit);
  }
  const groups = [...byArticle.values()];
  const ordered: SearchHit[] = [];
  const articleOf: number[] = [];
  const rowOf: number[] = [];
  let row = 0;
  for (const g of groups) {
    row++; // the heading
    for (const hit of g.hits) {
      ordered.push(hit);
      articleOf.push(g.article);
      rowOf.push(row++);
    }
  }
  const inArticle = new Map<number, SearchHit[]>();
  for (const g of groups) {
    const placed = g.hits.filter((h) => h.start >= 0).sort((x, y) => x.start - y.start);
    if (placed.length > 0) inArticle.set(g.article, placed);
  }
  return { query, groups, ordered, articleOf, rowOf, totalRows: row, inArticle };
}

const EMPTY_HITS: SearchHit[] = [];
const lastResults = new WeakMap<SearchIndex, SearchResults>();

/** The results for a query; the last query's are kept, as every frame of a screen asks again. */
export function resultsFor(index: SearchIndex, query: string): SearchResults {
  const known = lastResults.get(index);
  if (known && known.query === query) return known;
  const hits = query.trim() ? search(index, query, { limit: HIT_LIMIT }) : EMPTY_HITS;
  const results = groupResults(index.articles, query, hits);
  lastResults.set(index, results);
  return results;
}
