// The list's orders: by date (newest first), by outlet, by headline, or as loaded.
import type { Article } from '../../../corpus/types';
import type { ListSort, ReadShown } from '../../shared/listFilter';

/** `s` steps through these; the first is the order the files were loaded in. */
export const LIST_SORTS: readonly ListSort[] = ['loaded', 'date', 'outlet', 'headline'];
/** `r` steps through these. */
export const READ_SHOWN: readonly ReadShown[] = ['all', 'unread', 'read'];

export const SORT_LABELS: Record<ListSort, string> = { loaded: 'as loaded', date: 'newest first', outlet: 'by outlet', headline: 'by headline' };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Articles of no known date or outlet go last, whatever the order; ties keep the loaded order. */
function compareBy(articles: readonly Article[], sort: ListSort): ((a: number, b: number) => number) | null {
  const last = (x: string | null, y: string | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : null);
  const byDate = (a: number, b: number) => {
    const x = articles[a].date.value;
    const y = articles[b].date.value;
    return last(x, y) ?? (x! < y! ? 1 : x! > y! ? -1 : 0);
  };
  switch (sort) {
    case 'loaded':
      return null;
    case 'date':
      return byDate;
    case 'outlet':
      return (a, b) => {
        const x = articles[a].outlet.value;
        const y = articles[b].outlet.value;
        return last(x, y) ?? (collator.compare(x!, y!) || byDate(a, b));
      };
    case 'headline':
      return (a, b) => collator.compare(articles[a].headline.value, articles[b].headline.value);
  }
}

/** Every article's index in the order `sort` sets. */
export function sortArticles(articles: readonly Article[], sort: ListSort): number[] {
  const order = articles.map((_, i) => i);
  const compare = compareBy(articles, sort);
  return compare ? order.sort((a, b) => compare(a, b) || a - b) : order;
}

const sorted = new WeakMap<readonly Article[], Map<ListSort, readonly number[]>>();

/** sortArticles, made once per corpus and sort. */
export function sortedArticles(articles: readonly Article[], sort: ListSort): readonly number[] {
  let bySort = sorted.get(articles);
  if (!bySort) sorted.set(articles, (bySort = new Map()));
  let order = bySort.get(sort);
  if (!order) bySort.set(sort, (order = sortArticles(articles, sort)));
  return order;
}
