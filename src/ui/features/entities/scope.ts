// Which entities the sidebar lists: those of the open article (the default while one is open) or
// the whole corpus's, narrowed by what was typed to find (a part of the name, any case and accent).
import type { AnalysisData, EntitySummary } from '../../sources/analysis/data';

export interface SidebarScope {
  /** The open article, whose entities are listed unless `corpusWide`. */
  open: number | null;
  corpusWide: boolean;
  find: string;
}

/** "this article" or "corpus": what the sidebar lists now. */
export function scopeMode(scope: Pick<SidebarScope, 'open' | 'corpusWide'>): 'article' | 'corpus' {
  return scope.open !== null && !scope.corpusWide ? 'article' : 'corpus';
}

/** Lower case without accents, for matching what is typed against names. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const foldedNames = new WeakMap<EntitySummary, string>();

function nameOf(s: EntitySummary): string {
  let name = foldedNames.get(s);
  if (name === undefined) foldedNames.set(s, (name = folded(s.entity.name)));
  return name;
}

/** Whether an entity is listed: in the scope, and its name contains what was typed. */
export function entityFilter(data: AnalysisData, scope: SidebarScope): ((s: EntitySummary) => boolean) | null {
  const inArticle = scopeMode(scope) === 'article' ? (data.entitiesByArticle.get(scope.open!) ?? new Set<string>()) : null;
  const find = folded(scope.find.trim());
  if (!inArticle && !find) return null;
  return (s) => (!inArticle || inArticle.has(s.entity.id)) && (!find || nameOf(s).includes(find));
}
