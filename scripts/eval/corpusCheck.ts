// A corpus check of the entity list: the 100 entities with most mentions, each flagged when it looks
// like the corpus's boilerplate (a sign-off or table label: it stands like a label in most of its
// articles), when one of its aliases is the name of an entity of another type, or of another entity.
import { aliasKey, extractEntities } from '../../src/analysis/entities';
import { inLabelPosition } from '../../src/analysis/entities/labels';
import type { Entity } from '../../src/analysis/types';
import { loadCorpus } from '../../src/corpus';

export function corpusCheck(path: string, top = 100): string {
  const corpus = loadCorpus([path]);
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const started = performance.now();
  const entities = extractEntities(corpus.articles);
  const seconds = (performance.now() - started) / 1000;
  const byName = new Map<string, Entity[]>();
  for (const e of entities) byName.set(aliasKey(e.name), [...(byName.get(aliasKey(e.name)) ?? []), e]);
  const ranked = entities.slice().sort((a, b) => b.mentions.length - a.mentions.length).slice(0, top);
  let flagged = 0;
  const rows = ranked.map((e, i) => {
    const flags: string[] = [];
    const articles = new Set(e.mentions.map((m) => m.article));
    const labelled = new Set(e.mentions.filter((m) => inLabelPosition(texts.get(m.article) ?? '', m.span)).map((m) => m.article));
    if (articles.size >= 20 && 2 * labelled.size >= articles.size) flags.push(`label-like in ${labelled.size}/${articles.size} articles`);
    for (const a of e.aliases) {
      for (const other of byName.get(aliasKey(a)) ?? []) {
        if (other === e) continue;
        flags.push(other.type !== e.type ? `alias '${a}' is the ${other.type} ${other.name}` : `alias '${a}' is another entity's name`);
      }
    }
    if (flags.length > 0) flagged++;
    return `  ${String(i + 1).padStart(3)} ${e.type.padEnd(12)} ${String(e.mentions.length).padStart(6)}  ${e.name}${flags.length ? `   !! ${flags.slice(0, 3).join('; ')}` : ''}`;
  });
  const perArticle = (1000 * seconds) / Math.max(1, corpus.articles.length);
  return [
    `${path}: ${corpus.articles.length} articles, ${entities.length} entities in ${seconds.toFixed(1)} s (${perArticle.toFixed(2)} ms an article); ` +
      `top ${ranked.length} by mentions, ${flagged} flagged:`,
    ...rows,
  ].join('\n');
}
