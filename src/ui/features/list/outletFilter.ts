// The list narrowed to one outlet: `o` steps through the outlets (alphabetically, articles of no
// known outlet last), then back to all articles. The filter is the list filter the entity
// sidebar uses, so the title bar names it and Esc clears it.
import type { Corpus } from '../../../corpus/types';
import { outletLabel } from '../../shared/articleLabels';
import type { Desk, DeskViewport } from '../../shared/desk';
import { applyListFilter, clearListFilter } from '../../shared/listFilter';

/** outletLabel's name for an article of no known outlet: sorted last. */
const UNKNOWN = 'unknown outlet';
const outletLists = new WeakMap<Corpus, readonly string[]>();

/** Each article's outlet as the list shows it; computed once per corpus. */
export function articleOutlets(corpus: Corpus): readonly string[] {
  let outlets = outletLists.get(corpus);
  if (!outlets) {
    outlets = corpus.articles.map(outletLabel);
    outletLists.set(corpus, outlets);
  }
  return outlets;
}

const labelOf = (outlet: string) => `outlet: ${outlet}`;

export function cycleOutlet<S extends Desk>(state: S, vp: DeskViewport & { outlets?: readonly string[] }): S {
  const outlets = vp.outlets ?? [];
  const names = [...new Set(outlets)].sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)));
  const current = names.findIndex((n) => state.listFilter?.label === labelOf(n));
  // Another filter (an entity) or none: start at the first outlet.
  const next = current === -1 ? names[0] : names[current + 1];
  if (next === undefined) return state.listFilter ? clearListFilter(state, vp) : state;
  const articles = outlets.flatMap((o, i) => (o === next ? [i] : []));
  return applyListFilter(state, { label: labelOf(next), articles }, vp);
}
