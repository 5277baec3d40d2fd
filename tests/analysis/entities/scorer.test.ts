// The gold scorer follows the README's matching rule.
import { describe, expect, it } from 'vitest';
import { evaluateEntities, goldKey, type ExtractedView, type GoldDoc } from '../../../scripts/eval/entities';

const gold: GoldDoc[] = [
  {
    file: 'x.txt',
    people: [{ name: 'Anna Velkorin', mentions: ['Anna Velkorin', 'Velkorin'] }, { name: 'Tomas Brekke', mentions: ['Tomas Brekke'] }],
    organizations: [{ name: 'Ostravian Institute', mentions: ['Ostravian Institute'], accept: ['OI'] }],
    places: [{ name: 'Kelmart', mentions: ['Kelmart'] }],
    optional: ['Spring Festival'],
  },
];
const view = (name: string, type: ExtractedView['type'], aliases: string[] = []): ExtractedView => ({ name, type, aliases, mentionTexts: [name] });

describe('evaluateEntities', () => {
  it('normalises as the README says', () => {
    expect(goldKey("The Velkorin's")).toBe(goldKey('velkorin'));
    expect(goldKey('Kim Jong-Un')).toBe(goldKey('kim jong un'));
  });

  it('counts hits, duplicates, over-merges, optional names and types', () => {
    const r = evaluateEntities(gold, () => [
      view('Anna Velkorin', 'person'),
      view('Velkorin', 'person'), // duplicate of Anna Velkorin
      view('OI', 'place'), // hit by an accept form, wrong type
      view('Tomas Brekke', 'person', ['Kelmart']), // over-merge
      view('Spring Festival', 'organization'), // optional: not counted
      view('Nowhere', 'place'), // false positive
    ]);
    expect(r.duplicates).toBe(1);
    expect(r.overMerges).toBe(1);
    expect(r.overall.extracted).toBe(5);
    expect(r.overall.correct).toBe(2);
    expect(r.overall.precision).toBeCloseTo(2 / 5);
    expect(r.byType.person.recall).toBeCloseTo(1 / 2);
    expect(r.byType.organization.recall).toBe(1);
    expect(r.byType.organization.typedRecall).toBe(0);
    expect(r.byType.place.recall).toBe(0);
    expect(r.findings.filter((f) => f.outcome === 'miss').map((f) => f.name).sort()).toEqual(['Kelmart', 'Tomas Brekke']);
  });
});
