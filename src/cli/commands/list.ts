// `rknews list`: one row per article.
import type { Article, Corpus } from '../../corpus/types';
import { formatTable, writeJson, type Output } from '../output';

export function listJson(a: Article) {
  return {
    id: a.id,
    path: a.path,
    headline: a.headline.value,
    outlet: a.outlet.value,
    date: a.date.value,
    words: a.words,
    provenance: { headline: a.headline.from, outlet: a.outlet.from, date: a.date.from },
  };
}

export function runList(corpus: Corpus, json: boolean, io: Output): number {
  if (json) {
    writeJson(io, corpus.articles.map(listJson));
    return 0;
  }
  const rows = corpus.articles.map((a) => [a.id, a.date.value ?? 'undated', a.outlet.value ?? '—', a.headline.value]);
  io.out(formatTable(io, ['ID', 'DATE', 'OUTLET', 'HEADLINE'], rows));
  return 0;
}
