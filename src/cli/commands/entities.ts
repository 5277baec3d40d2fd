// `rknews entities`: who and what the articles name.
import type { Analysis, EntityType } from '../../analysis/types';
import type { Corpus } from '../../corpus/types';
import { formatTable, writeJson, type Output } from '../output';

export function runEntities(corpus: Corpus, analysis: Analysis, type: EntityType | undefined, json: boolean, io: Output): number {
  const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const limitOf = new Map((analysis.limited ?? []).map((l) => [l.article, l]));
  const entities = analysis.entities
    .filter((e) => !type || e.type === type)
    .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  const rows = entities.map((e) => {
    const articles = [...new Set(e.mentions.map((m) => m.article))];
    // Articles analysed only in part: mentions past analysedChars were not looked for.
    const limited = articles.flatMap((id) => limitOf.get(id) ?? []);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      articles,
      mentions: e.mentions.map((m) => ({
        article: m.article,
        start: m.span.start,
        end: m.span.end,
        text: textOf.get(m.article)!.slice(m.span.start, m.span.end),
      })),
      ...(limited.length > 0 ? { limited } : {}),
    };
  });
  if (json) {
    writeJson(io, rows);
    return 0;
  }
  const table = rows.map((r) => [r.name, r.type, String(r.articles.length), String(r.mentions.length), r.aliases.join(', ')]);
  io.out(formatTable(io, ['NAME', 'TYPE', 'ARTICLES', 'MENTIONS', 'ALIASES'], table));
  return 0;
}
