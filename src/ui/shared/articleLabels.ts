// How an article's outlet and date are named wherever an article is listed or cited.
import type { Article } from '../../corpus/types';

export function outletLabel(a: Article): string {
  return a.outlet.value ?? 'unknown outlet';
}

export function dateLabel(a: Article): string {
  return a.date.value ?? 'undated';
}
