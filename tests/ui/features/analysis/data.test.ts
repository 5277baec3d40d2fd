import { describe, expect, it } from 'vitest';
import { featureCorpus, featureData } from '../fixtures';

describe('analysis data for the UI', () => {
  const data = featureData(featureCorpus());

  it('groups entities by type, sorted by mentions, with article and mention counts', () => {
    expect(data.groups.map((g) => g.title)).toEqual(['People', 'Organisations', 'Places']);
    const ada = data.byId.get('person:ada-brook')!;
    expect(ada.mentions).toBe(4);
    expect(ada.articles).toEqual([0, 2]);
    expect(ada.perArticle.get(0)).toBe(3);
    expect(data.entities.map((s) => s.entity.name)).toEqual(['Ada Brook', 'Port Authority', 'Lisbon']);
  });

  it('orders mentions through the corpus and quotes through each article', () => {
    const ada = data.byId.get('person:ada-brook')!;
    const keys = ada.ordered.map((m) => `${m.article}:${m.start}`);
    expect([...keys].sort((x, y) => Number(x.split(':')[0]) - Number(y.split(':')[0]) || Number(x.split(':')[1]) - Number(y.split(':')[1]))).toEqual(keys);
    expect(data.quotesByArticle.get(0)!.map((q) => q.id)).toEqual(['a_q0', 'a_q1']);
    expect(data.entitiesByArticle.get(2)).toEqual(new Set(['person:ada-brook', 'place:lisbon']));
  });
});
