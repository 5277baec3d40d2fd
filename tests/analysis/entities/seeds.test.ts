// The seeds against the hand-checked gold, with the targets of the task.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesByFile, evaluateEntities, loadGold } from '../../../scripts/eval/entities';
import { extractEntities } from '../../../src/analysis/entities';
import { SHARED_DIR, seedCorpus } from '../../helpers/corpus';
import { INSTITUTION_HEADS, ORG_HEADS } from '../../../src/analysis/entities/cues';

describe('entities of the seeds', () => {
  const corpus = seedCorpus();
  const entities = extractEntities(corpus.articles);

  it('reaches the precision and recall targets against the gold', () => {
    const result = evaluateEntities(loadGold(join(SHARED_DIR, 'gold/seeds.json')), entitiesByFile(corpus.articles, entities));
    for (const type of ['person', 'organization', 'place'] as const) {
      expect(result.byType[type].recall, type).toBeGreaterThanOrEqual(0.95);
      expect(result.byType[type].typedRecall, type).toBeGreaterThanOrEqual(0.95);
    }
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overMerges).toBe(0);
  });

  it('knows Kim Jong Un as one person across all five articles, and DPRK as North Korea', () => {
    const kims = entities.filter((e) => e.type === 'person' && /^kim jong/i.test(e.name));
    expect(kims).toHaveLength(1);
    expect(new Set(kims[0].mentions.map((m) => m.article)).size).toBe(5);
    const nk = entities.find((e) => e.name === 'North Korea');
    expect(nk?.aliases).toContain('DPRK');
  });

  it('never names an entity with junk around the name', () => {
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const e of entities) {
      for (const form of e.aliases) {
        // A final dot belongs only to abbreviations ("U.S."), never to a word ("KCNA.").
        expect(form).not.toMatch(/^(Did|In|The|A|Both|Upon) |-$|[,;:]$|\p{L}{2}\.$|['’]s$/u);
      }
      for (const m of e.mentions) {
        const s = texts.get(m.article)!.slice(m.span.start, m.span.end).replace(/\s+/g, ' ');
        // A bare head word ("the Commission") is a mention but no alias (Entity.aliases).
        if (!INSTITUTION_HEADS.has(s) && !ORG_HEADS.has(s)) expect([e.name, ...e.aliases]).toContain(s);
        expect(s).not.toMatch(/^\s|\s$|['’]s$/);
      }
    }
  });
});
