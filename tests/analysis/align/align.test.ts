import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../src/analysis';
import { alignArticles, articleSimilarity, buildAlignContext, buildVocabulary, contextWithVocabulary, mostSimilar } from '../../../src/analysis/align';
import type { Alignment } from '../../../src/analysis/align';
import type { Entity } from '../../../src/analysis/types';
import { seedArticle, seedCorpus } from '../../helpers/corpus';
import { ACCORD_1, ACCORD_2, article, CHIPS, FOOTBALL, LATER_VISIT, sentenceWith } from './fixtures';

/** Every paired sentence: the same fact or an overlap. */
const paired = (al: Alignment) => [...al.shared, ...al.overlap].sort((x, y) => x.a.start - y.a.start);

const a1 = article('a1', ACCORD_1);
const a2 = article('a2', ACCORD_2);
const corpus = [a1, a2, article('v', LATER_VISIT), article('f', FOOTBALL), article('c', CHIPS)];

describe('alignArticles on invented articles', () => {
  const ctx = buildAlignContext(corpus);
  const al = alignArticles(a1, a2, ctx);

  it('pairs the sentences that report the same facts', () => {
    const pairs = paired(al).map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([sentenceWith(a1, 'signed a fishing accord'), sentenceWith(a2, 'signed an accord')]);
    expect(pairs).toContainEqual([sentenceWith(a1, 'opens Brelian waters'), sentenceWith(a2, 'may fish in Brelian waters')]);
  });

  it('leaves what only one side reports unpaired', () => {
    expect(al.onlyA).toContainEqual(sentenceWith(a1, 'protested outside the harbour'));
    expect(al.onlyA).toContainEqual(sentenceWith(a1, 'four thousand jobs'));
    expect(al.onlyB).toContainEqual(sentenceWith(a2, 'cod stocks'));
    expect(al.onlyB).toContainEqual(sentenceWith(a2, 'navy will patrol'));
  });

  it('accounts for every sentence exactly once, in text order, one-to-one', () => {
    expect([...paired(al).map((p) => p.a), ...al.onlyA].sort((x, y) => x.start - y.start)).toEqual(a1.sentences);
    expect([...paired(al).map((p) => p.b), ...al.onlyB].sort((x, y) => x.start - y.start)).toEqual(a2.sentences);
    for (const list of [al.shared, al.overlap]) expect(list.map((p) => p.a.start)).toEqual([...list.map((p) => p.a.start)].sort((x, y) => x - y));
    for (const p of paired(al)) expect(p.score).toBeGreaterThan(0);
  });

  it('reports the whole-article similarity, symmetric, and 1 for an article with itself', () => {
    expect(al.similarity).toBeGreaterThan(alignArticles(a1, corpus[3], ctx).similarity);
    expect(alignArticles(a2, a1, ctx).similarity).toBeCloseTo(al.similarity);
    expect(alignArticles(a1, a1, ctx).similarity).toBeCloseTo(1);
  });

  it('aligns unrelated articles on nothing', () => {
    const unrelated = alignArticles(corpus[3], corpus[4], ctx);
    expect(paired(unrelated)).toEqual([]);
  });
});

describe('alignArticles between a long sentence and a short one that shares its names', () => {
  // The short quote scores the higher cosine with x's lead (0.66 against 0.62).
  it('pairs the long sentence with the long account of the same fact, not the short aside', () => {
    const x = article(
      'x',
      'Premier Odalys Varga of Brelia has invited President Tomas Keller of Ostland to visit her country after their summit at the Ostland harbour, and Keller accepted the invitation, Brelian state radio reported.\n\nFishing crews were not consulted.\n',
    );
    const y = article(
      'y',
      'President Tomas Keller of Ostland met Premier Odalys Varga of Brelia at the Ostland harbour amid protests over fishing rights.\n\n"We accepted the invitation," Keller said, Brelian state radio reported.\n',
    );
    const al = alignArticles(x, y, buildAlignContext([x, y, article('f', FOOTBALL), article('c', CHIPS)]));
    const lead = paired(al).find((p) => p.a.start === x.sentences[0].start);
    expect(lead?.b).toEqual(y.sentences[0]);
  });
});

describe('alignArticles with a Q/A block', () => {
  it('never pairs a question, which asks rather than reports', () => {
    // The question shares more words with y than anything x reports does.
    const x = article('x', 'Harbour news\n\nThe port is open again.\n\nFAQ:\n\nQ: When did the harbour of Quellport reopen after the storm?\n\nA: On Monday.');
    const y = article('y', 'Quellport update\n\nThe harbour of Quellport reopened after the storm.');
    expect(x.faq).toHaveLength(1);
    const al = alignArticles(x, y, buildAlignContext([x, y, article('c', CHIPS)]));
    expect(al.onlyA).toContainEqual(sentenceWith(x, 'When did the harbour'));
    expect(paired(al)).toEqual([]);
  });
});

describe('alignArticles with sentences that report nothing', () => {
  const x = article(
    'x',
    'Harbour news\n\nThe harbour of Quellport reopened on Monday.\n\nKey points:\n\nIt is what it is.\n\nThe port reopened on Monday, officials announced in a statement that read:\n\nTrawlers may sail again.',
  );
  const y = article('y', 'Quellport update\n\nThe harbour of Quellport reopened after the storm on Monday.');
  const al = alignArticles(x, y, buildAlignContext([x, y, article('c', CHIPS)]));
  const listed = [...paired(al).map((p) => p.a), ...al.onlyA];

  it('leaves out a section label and a line without a content word, in both directions', () => {
    expect(listed).not.toContainEqual(sentenceWith(x, 'Key points:'));
    expect(listed).not.toContainEqual(sentenceWith(x, 'It is what it is.'));
    const reverse = alignArticles(y, x, buildAlignContext([x, y]));
    expect(reverse.onlyB).not.toContainEqual(sentenceWith(x, 'Key points:'));
    expect(reverse.onlyB).toContainEqual(sentenceWith(x, 'Trawlers may sail'));
  });

  it('keeps a longer line that ends in a colon, and every other sentence', () => {
    expect(listed).toContainEqual(sentenceWith(x, 'officials announced'));
    expect(listed.sort((p, q) => p.start - q.start)).toEqual(
      x.sentences.filter((s) => !['Key points:', 'It is what it is.'].includes(x.text.slice(s.start, s.end))),
    );
  });

  it('never lists the "FAQ:" heading of seed 001 as its own', () => {
    const seeds = seedCorpus().articles;
    const faqSeed = seedArticle('001');
    const heading = sentenceWith(faqSeed, 'FAQ:');
    const other = alignArticles(seedArticle('000'), faqSeed, buildAlignContext(seeds));
    expect(other.onlyB).not.toContainEqual(heading);
    expect(paired(other).map((p) => p.b)).not.toContainEqual(heading);
  });
});

describe('alignArticles with an article without sentences', () => {
  const empty = article('e', '   \n\n  ');
  const a1Ctx = buildAlignContext([...corpus, empty]);

  it('compares it with any article, inside or outside the context, as sharing nothing', () => {
    expect(empty.sentences).toEqual([]);
    for (const ctx of [a1Ctx, buildAlignContext(corpus)]) {
      const al = alignArticles(a1, empty, ctx);
      expect(al.similarity).toBe(0);
      expect(paired(al)).toEqual([]);
      expect(al.onlyA).toEqual(a1.sentences);
      expect(al.onlyB).toEqual([]);
      expect(paired(alignArticles(empty, empty, ctx))).toEqual([]);
    }
  });

  it('has no similar articles and is similar to none', () => {
    expect(mostSimilar(a1Ctx, 'e')).toEqual([]);
    expect(mostSimilar(a1Ctx, 'a1').map((s) => s.id)).not.toContain('e');
    expect(articleSimilarity(a1Ctx, 'a1', 'e')).toBe(0);
  });
});

describe('alignArticles with entity mentions', () => {
  // One outlet spells out the agency, the other uses its acronym: only the entity links them.
  const x = article('x', 'Quota rules\n\nThe Northern Fisheries Agency will police the Quellport quotas.');
  const y = article('y', 'Quota rules\n\nInspectors from the NFA will police the Quellport quotas.');
  const z = article('z', CHIPS);
  const spanOf = (a: typeof x, s: string) => {
    const start = a.text.indexOf(s);
    return { start, end: start + s.length };
  };
  const agency: Entity = {
    id: 'organization-northern-fisheries-agency',
    name: 'Northern Fisheries Agency',
    type: 'organization',
    aliases: ['NFA'],
    mentions: [
      { article: 'x', span: spanOf(x, 'Northern Fisheries Agency') },
      { article: 'y', span: spanOf(y, 'NFA') },
    ],
  };

  it('scores a sentence pair higher when its variant mentions are one entity', () => {
    const without = alignArticles(x, y, buildAlignContext([x, y, z]));
    const withEntities = alignArticles(x, y, buildAlignContext([x, y, z], [agency]));
    expect(paired(withEntities)).toHaveLength(1);
    expect(paired(withEntities)[0].score).toBeGreaterThan(paired(without)[0]?.score ?? 0);
  });
});

describe('alignArticles on the seeds', () => {
  const seeds = seedCorpus().articles;
  const s000 = seedArticle('000');
  const s002 = seedArticle('002');

  it.each([
    ['without entity mentions', async () => []],
    ['with entity mentions', async () => (await analyseCorpus(seeds)).entities],
  ])('pairs the Vostochny meeting, not as the same fact, and leaves the launches and the U.S. warning to 002, %s', async (_, entities) => {
    const al = alignArticles(s000, s002, buildAlignContext(seeds, await entities()));
    const pair = paired(al).find((p) => p.a.start === sentenceWith(s000, 'Vostochny space center').start);
    expect(pair?.b).toEqual(sentenceWith(s002, 'Vostochny Cosmodrome'));
    // "Kim made the offer at an official dinner" and "Kim pledged his full support": one meeting, two facts.
    expect(al.overlap.map((p) => p.b)).toContainEqual(sentenceWith(s002, 'Vostochny Cosmodrome'));
    expect(al.onlyB).toContainEqual(sentenceWith(s002, 'fired two short-range ballistic missiles'));
    expect(al.onlyB).toContainEqual(sentenceWith(s002, 'Any transfer of arms'));
  });
});

describe('alignArticles with only the two articles analysed and the corpus vocabulary', () => {
  const seeds = seedCorpus().articles;
  const s000 = seedArticle('000');
  const s002 = seedArticle('002');

  it('pairs the Vostochny meeting and leaves the launches and the U.S. warning to 002, as the whole-corpus context does', async () => {
    const { entities } = await analyseCorpus([s000, s002]);
    const al = alignArticles(s000, s002, contextWithVocabulary([s000, s002], entities, buildVocabulary(seeds)));
    const pair = paired(al).find((p) => p.a.start === sentenceWith(s000, 'Vostochny space center').start);
    expect(pair?.b).toEqual(sentenceWith(s002, 'Vostochny Cosmodrome'));
    expect(al.onlyB).toContainEqual(sentenceWith(s002, 'fired two short-range ballistic missiles'));
    expect(al.onlyB).toContainEqual(sentenceWith(s002, 'Any transfer of arms'));
    const whole = alignArticles(s000, s002, buildAlignContext(seeds, (await analyseCorpus(seeds)).entities));
    expect(al.similarity).toBeCloseTo(whole.similarity, 1);
  });

  it('weighs an entity as its commonest mention form, never as a term no sentence holds', async () => {
    const vocabulary = buildVocabulary(seeds);
    const { entities } = await analyseCorpus([s000, s002]);
    const ctx = contextWithVocabulary([s000, s002], entities, vocabulary);
    const putin = entities.find((e) => e.name === 'Vladimir Putin')!;
    const df = ctx.vocabulary.df[ctx.vocabulary.ids.get(`@${putin.id}`)!];
    expect(df).toBe(vocabulary.df[vocabulary.ids.get('putin')!]);
    // The corpus vocabulary itself is left as it was.
    expect(vocabulary.ids.has(`@${putin.id}`)).toBe(false);
  });
});
