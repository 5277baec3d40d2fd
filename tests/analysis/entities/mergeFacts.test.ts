// The merge's per-entity facts (mergeFacts.ts) worked out apart, as the pool's merger does while
// results come in: the merge reads them instead of working them out again, with the same output.
import { describe, expect, it } from 'vitest';
import { mergeEntities, type LocalEntity } from '../../../src/analysis/entities';
import { articleEntitySteps } from '../../../src/analysis/perArticle';
import { complete } from '../../../src/analysis/slices';
import { entityFacts } from '../../../src/analysis/entities/mergeFacts';
import { articleFromText } from '../../helpers/corpus';

const local = (name: string, type: LocalEntity['type'], aliases: string[] = []): LocalEntity => ({
  name, type, key: name.toLowerCase().replace(/[^a-z]/g, ''), aliases, mentions: [{ start: 0, end: name.length }], known: false,
  evidence: { person: 0, organization: 0, place: 0, [type]: 2 }, labels: 0, cues: { person: 0, organization: 0, place: 0, work: 0 },
});

describe('the merge with facts worked out apart', () => {
  it('gives the entities it gives when it works them out itself', () => {
    const texts = [
      'Governor Ryu Min-jae arrived in Kelmart. Ryu said little to Quorvel Broadcasting Exchange.',
      'Governor Ryu Min Jae spoke in Kelmart on Monday. QBE reported it.',
      'Brenwick Corp said its sales rose. Brenwick said it would cut jobs in Chicago.',
      'Later, Ryu said the talks in Kelmart had failed, and Mr Halvorsen of Brenwick agreed.',
    ];
    const perArticle = texts.map((text, i) => {
      const article = articleFromText(text, `a${i}`);
      return { article: article.id, result: complete(articleEntitySteps(article)) };
    });
    const withFacts = perArticle.map((a) => ({ ...a, facts: a.result.entities.map(entityFacts) }));
    const merged = mergeEntities(perArticle);
    expect(merged.length).toBeGreaterThan(3);
    expect(mergeEntities(withFacts)).toEqual(merged);
  });

  it('reads the facts it is given: strong keys given apart decide which names join', () => {
    const perArticle = [
      { article: 'a', result: { entities: [local('Anna Velkorin', 'person', ['Anna Velkorin-Smith'])] } },
      { article: 'b', result: { entities: [local('Anna Velkorin-Smith', 'person')] } },
    ];
    expect(mergeEntities(perArticle)).toHaveLength(1);
    // With facts that give the first no keys but its own, the two stay apart: the merge did not work them out again.
    const facts = perArticle.map(({ result }) => result.entities.map(entityFacts));
    facts[0][0] = { ...facts[0][0], strongKeys: [perArticle[0].result.entities[0].key] };
    expect(mergeEntities(perArticle.map((a, i) => ({ ...a, facts: facts[i] })))).toHaveLength(2);
  });
});
