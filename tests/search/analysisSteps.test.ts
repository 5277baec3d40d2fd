// The reader adds the analysis to its search index in time slices (withAnalysisSteps): the steps
// must build what withAnalysis builds at once, and stop after every article.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import { buildSearchIndex, withAnalysis } from '../../src/search';
import { withAnalysisSteps } from '../../src/search/build';
import { seedCorpus } from '../helpers/corpus';

describe('the search index with the analysis, built in steps', () => {
  it('yields at least once per article and builds the same index as withAnalysis', async () => {
    const articles = seedCorpus().articles;
    const analysis = await analyseCorpus(articles);
    const text = buildSearchIndex(articles);
    const steps = withAnalysisSteps(text, analysis);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(articles.length);
    expect(step.value).toEqual(withAnalysis(text, analysis));
    expect(step.value.analysis?.perArticle.length).toBe(articles.length);
  });
});
