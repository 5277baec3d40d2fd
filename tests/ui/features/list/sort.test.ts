import { describe, expect, it } from 'vitest';
import { sortArticles } from '../../../../src/ui/features/list/sort';
import { makeArticle } from '../../fixtures';

const articles = [
  makeArticle({ id: 'a', headline: 'beta talks', outlet: 'Yonhap', date: '2023-09-14', paragraphs: ['x'] }),
  makeArticle({ id: 'b', headline: 'Alpha summit', paragraphs: ['x'] }),
  makeArticle({ id: 'c', headline: 'gamma', outlet: 'BBC', date: '2024-06-19', paragraphs: ['x'] }),
  makeArticle({ id: 'd', headline: 'Delta', outlet: 'Yonhap', date: '2024-01-02', paragraphs: ['x'] }),
  makeArticle({ id: 'e', headline: 'alpha summit', paragraphs: ['x'] }),
];

describe('sortArticles', () => {
  it('sorts by date newest first, by outlet (then newest), by headline in any case, unknowns last, ties as loaded', () => {
    expect(sortArticles(articles, 'loaded')).toEqual([0, 1, 2, 3, 4]);
    expect(sortArticles(articles, 'date')).toEqual([2, 3, 0, 1, 4]);
    expect(sortArticles(articles, 'outlet')).toEqual([2, 3, 0, 1, 4]);
    expect(sortArticles(articles, 'headline')).toEqual([1, 4, 0, 3, 2]);
  });
});
