import { describe, expect, it } from 'vitest';
import { leaveOneTopicOut, type DevSet, type Trial } from '../../bench/relevance';

const dev: DevSet = {
  labels: {},
  queries: [
    { id: 'a/1', topic: 'a', query: 'a one', typo: false },
    { id: 'a/1~', topic: 'a', query: 'a onne', typo: true },
    { id: 'b/1', topic: 'b', query: 'b one', typo: false },
    { id: 'c/1', topic: 'c', query: 'c one', typo: false },
  ],
};

const trial = (config: string, scores: Record<string, number>): Trial<string> => ({ config, perQuery: new Map(Object.entries(scores)) });

describe('leaveOneTopicOut', () => {
  // 'broad' is good everywhere; 'fitted' is best on topic c alone, and best in-sample overall.
  const trials = [
    trial('broad', { 'a one': 0.8, 'a onne': 0.7, 'b one': 0.8, 'c one': 0.2 }),
    trial('fitted', { 'a one': 0.75, 'a onne': 0.7, 'b one': 0.75, 'c one': 1 }),
  ];

  it('scores each topic with the setting chosen on the other topics', () => {
    const cv = leaveOneTopicOut(dev, trials);
    // Without c, 'broad' wins (0.767 vs 0.733 over a and b), so c is scored by 'broad': its 0.2.
    expect(cv.chosen.get('c')).toBe('broad');
    expect(cv.perQuery.get('c one')).toBe(0.2);
    // Without a, 'fitted' wins (0.875 vs 0.5 over b and c), so a's queries take its figures.
    expect(cv.chosen.get('a')).toBe('fitted');
    expect(cv.perQuery.get('a one')).toBe(0.75);
    expect(cv.clean).toBeCloseTo((0.75 + 0.75 + 0.2) / 3);
    expect(cv.typo).toBeCloseTo(0.7);
  });

  it('gives a tie to the earlier setting', () => {
    const same = { 'a one': 0.5, 'a onne': 0.5, 'b one': 0.5, 'c one': 0.5 };
    const cv = leaveOneTopicOut(dev, [trial('first', same), trial('second', same)]);
    expect([...cv.chosen.values()]).toEqual(['first', 'first', 'first']);
  });
});
