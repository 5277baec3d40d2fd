import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../../src/analysis/slices';
import type { Entity } from '../../../../src/analysis/types';
import { analysisDataSteps, buildAnalysisData, sortSteps } from '../../../../src/ui/sources/analysis/data';
import { articleFromText } from '../../../helpers/corpus';

describe("the reader's analysis data built in steps", () => {
  it("makes an entity's mentions in reading order, and its counts per article, only when first asked for", () => {
    const articles = [articleFromText('Report\n\nFirst.', 'a'), articleFromText('Report\n\nSecond.', 'b')];
    let made = 0;
    // The mentions list counts the passes that build the reading order from it.
    class Counted<T> extends Array<T> {
      flatMap<U>(f: (value: T, index: number, array: T[]) => U | readonly U[]): U[] {
        made++;
        return Array.from(this).flatMap(f);
      }
    }
    const mentions = Counted.from([
      { article: 'b', span: { start: 8, end: 14 } },
      { article: 'a', span: { start: 8, end: 13 } },
      { article: 'b', span: { start: 0, end: 6 } },
    ]);
    const entity: Entity = { id: 'place:p', name: 'P', type: 'place', aliases: [], mentions };
    const [s] = buildAnalysisData(articles, { entities: [entity], quotes: [] }).entities;
    expect([s.mentions, s.articles]).toEqual([3, [0, 1]]);
    expect(made).toBe(0);
    expect(s.ordered).toEqual([{ article: 0, start: 8, end: 13 }, { article: 1, start: 0, end: 6 }, { article: 1, start: 8, end: 14 }]);
    expect([...s.perArticle]).toEqual([[0, 1], [1, 2]]);
    expect(s.ordered).toBe(s.ordered);
    expect(made).toBe(1);
  });

  it('yields between bounded steps on a large analysis and builds what buildAnalysisData builds', async () => {
    const articles = [articleFromText('Report\n\nMany names.', 'a')];
    const entities: Entity[] = Array.from({ length: 1200 }, (_, i) => ({
      id: `person:p${i}`,
      name: `Person ${String(i).padStart(4, '0')}`,
      type: 'person',
      aliases: [],
      mentions: Array.from({ length: (i % 3) + 1 }, () => ({ article: 'a', span: { start: 0, end: 6 } })),
    }));
    const analysis = { entities, quotes: [] };
    let yields = 0;
    const steps = analysisDataSteps(articles, analysis);
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    const data = await runInSlices(analysisDataSteps(articles, analysis));
    expect(data).toEqual(buildAnalysisData(articles, analysis));
    // Ties on counts are ordered by name, as localeCompare orders them.
    const threes = data.entities.filter((s) => s.mentions === 3).map((s) => s.entity.name);
    expect(threes).toEqual([...threes].sort((a, b) => a.localeCompare(b)));
  });

  it('yields within an entity with thousands of mentions, not only every 500 entities', () => {
    const articles = [articleFromText('Report\n\nOne name everywhere.', 'a')];
    const mention = { article: 'a', span: { start: 0, end: 6 } };
    const entities: Entity[] = Array.from({ length: 4 }, (_, i) => ({
      id: `organization:o${i}`,
      name: `Org ${i}`,
      type: 'organization',
      aliases: [],
      mentions: Array.from({ length: 6_000 }, () => mention),
    }));
    // Which entities a step has read: the first step must stop after the first, whose 6,000 mentions are a step's worth.
    const read = new Set<number>();
    const watched = new Proxy(entities, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    analysisDataSteps(articles, { entities: watched, quotes: [] }).next();
    expect([...read]).toEqual([0]);
    expect(buildAnalysisData(articles, { entities, quotes: [] }).entities.map((s) => s.mentions)).toEqual([6_000, 6_000, 6_000, 6_000]);
  });
});

describe('sortSteps', () => {
  const run = <T>(items: T[], compare: (a: T, b: T) => number) => {
    const steps = sortSteps([...items], compare);
    let yields = 0;
    for (let step = steps.next(); ; step = steps.next(), yields++) if (step.done) return { sorted: step.value, yields };
  };

  it('sorts as a stable sort does, over several runs, yielding between bounded steps', () => {
    // Many ties on the key: the stable order (by position) must survive the merges.
    const items = Array.from({ length: 2_345 }, (_, i) => ({ key: (i * 7919) % 13, at: i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const { sorted, yields } = run(items, byKey);
    expect(sorted).toEqual([...items].sort(byKey));
    expect(yields).toBeGreaterThan(4);
  });

  it('returns an empty list for none and the item for one', () => {
    expect(run([], (a: number, b: number) => a - b).sorted).toEqual([]);
    expect(run([5], (a: number, b: number) => a - b).sorted).toEqual([5]);
  });
});
