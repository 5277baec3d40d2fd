// Test inputs for the quote extractor: Articles from literal text, and entities found by
// plain string search (so these tests do not depend on the entity extractor).
import { articleFromText } from '../../helpers/corpus';
import type { Article } from '../../../src/corpus/types';
import { extractQuotes } from '../../../src/analysis/quotes';
import type { Entity, EntityType } from '../../../src/analysis/types';

export interface EntitySpec {
  name: string;
  type: EntityType;
  forms?: string[];
}

/** Entities whose mentions are every whole-word occurrence of their forms (longest first). */
export function entitiesIn(article: Article, specs: EntitySpec[]): Entity[] {
  const taken: [number, number][] = [];
  return specs.map((spec) => {
    const forms = [...new Set([spec.name, ...(spec.forms ?? [])])].sort((a, b) => b.length - a.length);
    const mentions: Entity['mentions'] = [];
    for (const f of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of article.text.matchAll(re)) {
        const s = m.index ?? 0;
        const e = s + f.length;
        if (taken.some(([a, b]) => s < b && e > a)) continue;
        taken.push([s, e]);
        mentions.push({ article: article.id, span: { start: s, end: e } });
      }
    }
    return { id: `${spec.type}:${spec.name.toLowerCase().replace(/\W+/g, '-')}`, name: spec.name, type: spec.type, aliases: forms.filter((f) => f !== spec.name), mentions };
  });
}

/** An article with a headline line and the given paragraphs. */
export function article(paragraphs: string[], id = 'syn'): Article {
  return articleFromText(`Test headline for the story\n\n${paragraphs.join('\n\n')}\n`, id);
}

/** The article of the paragraphs and the quotes extracted from it, with the entities of `specs`. */
export function quotesIn(paragraphs: string[], specs: EntitySpec[]) {
  const a = article(paragraphs);
  return { a, quotes: extractQuotes(a, entitiesIn(a, specs)) };
}

/** Each quote's text and its speaker's name (null when nobody is credited). */
export function speakersIn(paragraphs: string[], specs: EntitySpec[]): [string, string | null][] {
  return quotesIn(paragraphs, specs).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}
