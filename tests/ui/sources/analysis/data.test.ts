import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../../src/analysis/slices';
import type { Entity } from '../../../../src/analysis/types';
import { analysisDataSteps, buildAnalysisData } from '../../../../src/ui/sources/analysis/data';
import { articleFromText } from '../../../helpers/corpus';

describe("the reader's analysis data built in steps", () => {
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
});
