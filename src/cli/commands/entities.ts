// `rknews entities`: who and what the articles name.
import type { Analysis, EntityType } from '../../analysis/types';
import type { Corpus } from '../../corpus/types';
import { formatTable, writeJson, type Output } from '../output';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place'];

export function runEntities(corpus: Corpus, analysis: Analysis, type: EntityType | undefined, json: boolean, io: Output): number {
  const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const entities = analysis.entities
    .filter((e) => !type || e.type === type)
    .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  const rows = entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    articles: [...new Set(e.mentions.map((m) => m.article))],
    mentions: e.mentions.map((m) => ({
      article: m.article,
      start: m.span.start,
      end: m.span.end,
      text: textOf.get(m.article)!.slice(m.span.start, m.span.end),
    })),
  }));
  if (json) {
    writeJson(io, rows);
    return 0;
  }
  const table = rows.map((r) => [r.name, r.type, String(r.articles.length), String(r.mentions.length), r.aliases.join(', ')]);
  io.out(formatTable(io, ['NAME', 'TYPE', 'ARTICLES', 'MENTIONS', 'ALIASES'], table));
  return 0;
}
