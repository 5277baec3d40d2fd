import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../src/analysis';
import { buildAlignContext, findStories, STORY_NEIGHBOURS } from '../../../src/analysis/align';
import { seedCorpus } from '../../helpers/corpus';
import { ACCORD_1, ACCORD_2, ACCORD_3, article, CHIPS, FOOTBALL, LATER_VISIT } from './fixtures';

describe('findStories', () => {
  it('groups the reports of one event and leaves unrelated articles out', () => {
    const corpus = [
      article('f', FOOTBALL),
      article('a1', ACCORD_1),
      article('c', CHIPS),
      article('a2', ACCORD_2),
      article('a3', ACCORD_3),
    ];
    const stories = findStories(buildAlignContext(corpus));
    expect(stories).toHaveLength(1);
    expect(stories[0].id).toBe('story-1');
    expect(stories[0].articles).toEqual(['a1', 'a2', 'a3']);
    expect(['a1', 'a2', 'a3'].map((id) => corpus.find((a) => a.id === id)!.headline.value)).toContain(stories[0].title);
  });

  it('never joins articles dated further apart than the window, however alike', () => {
    const same = [article('p', ACCORD_1, '2024-03-04'), article('q', ACCORD_2, '2024-03-05'), article('c', CHIPS)];
    expect(findStories(buildAlignContext(same)).map((s) => s.articles)).toEqual([['p', 'q']]);
    const apart = [article('p', ACCORD_1, '2024-03-04'), article('q', ACCORD_2, '2024-09-20'), article('c', CHIPS)];
    expect(findStories(buildAlignContext(apart))).toEqual([]);
  });

  it('numbers stories by the corpus order of their first article', () => {
    const corpus = [
      article('c1', CHIPS),
      article('a1', ACCORD_1),
      article('f', FOOTBALL),
      // Rewritten enough not to be a near-duplicate, which would fold into c1 and leave no story.
      article('c2', CHIPS.replace('twice as fast as its previous design', 'much faster than the one it replaces').replace('uses less battery power', 'should last longer on a charge')),
      article('a2', ACCORD_2),
    ];
    const stories = findStories(buildAlignContext(corpus));
    expect(stories.map((s) => [s.id, s.articles])).toEqual([
      ['story-1', ['c1', 'c2']],
      ['story-2', ['a1', 'a2']],
    ]);
  });

  it('does not glue a visit months later into the accord story', () => {
    const corpus = [article('a1', ACCORD_1), article('a2', ACCORD_2), article('a3', ACCORD_3), article('v', LATER_VISIT), article('f', FOOTBALL), article('c', CHIPS)];
    const stories = findStories(buildAlignContext(corpus));
    expect(stories.map((s) => s.articles)).toEqual([['a1', 'a2', 'a3']]);
  });

  it('leaves articles without sentences out, and still finds the others\' story', () => {
    const corpus = [article('e1', ''), article('a1', ACCORD_1), article('e2', '  \n\n '), article('a2', ACCORD_2), article('c', CHIPS)];
    expect(corpus[2].sentences).toEqual([]);
    expect(findStories(buildAlignContext(corpus)).map((s) => s.articles)).toEqual([['a1', 'a2']]);
    expect(findStories(buildAlignContext([article('e1', ''), article('e2', ' ')]))).toEqual([]);
    expect(findStories(buildAlignContext([]))).toEqual([]);
  });

  it('still finds a story of many reports when each article keeps only its nearest neighbours', () => {
    // More reports than STORY_NEIGHBOURS: pairs beyond each article's nearest count as 0 in the means.
    const reports = Array.from({ length: STORY_NEIGHBOURS * 2 }, (_, i) => article(`r${i}`, `${ACCORD_1}\n\nUpdate number ${i}.`));
    const stories = findStories(buildAlignContext([...reports, article('c', CHIPS), article('f', FOOTBALL)]));
    expect(stories.map((s) => s.articles)).toEqual([reports.map((r) => r.id)]);
  });
});

describe('findStories on the seeds', () => {
  const seeds = seedCorpus().articles;
  const short = (stories: { articles: string[] }[]) => stories.map((s) => s.articles.map((id) => id.slice(0, 3)));

  it.each([
    ['without entity mentions', async () => []],
    ['with entity mentions', async () => (await analyseCorpus(seeds)).entities],
  ])('puts the three summit reports in one story and the 2024 visit in none, %s', async (_, entities) => {
    const stories = short(findStories(buildAlignContext(seeds, await entities())));
    const summit = stories.find((s) => s.includes('000'));
    expect(summit).toEqual(expect.arrayContaining(['000', '001', '002']));
    expect(stories.flat()).not.toContain('004');
  });
});

describe('findStories with the principal actors', () => {
  const split = (company: string, when: string) =>
    `${company} declares stock split\n\n${company} said ${when} its board of directors approved a two-for-one stock split of its common shares for shareholders of record as of April 1. The company also said its board raised the quarterly dividend to six cents a share.`;
  const corpus = [
    article('tram-1', split('Quellport Tramways Inc', 'on Monday')),
    article('mine', split('Brelia Mining Corp', 'on Monday')),
    article('tram-2', split('Quellport Tramways Inc', 'after the market closed')),
    article('f', FOOTBALL),
    article('c', CHIPS),
  ];

  it("keeps one company's stock split apart from another's told in the same words", async () => {
    const { entities } = await analyseCorpus(corpus);
    expect(findStories(buildAlignContext(corpus, entities), entities).map((s) => s.articles)).toEqual([['tram-1', 'tram-2']]);
  });

  it('groups them all on the words alone, which is why the actors are needed', () => {
    expect(findStories(buildAlignContext(corpus)).map((s) => s.articles)).toEqual([['tram-1', 'mine', 'tram-2']]);
  });
});
