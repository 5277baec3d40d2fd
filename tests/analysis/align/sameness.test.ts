import { describe, expect, it } from 'vitest';
import { alignArticles, buildAlignContext } from '../../../src/analysis/align';
import { FEATURE_NAMES, pairFeatures, sentenceEvidence } from '../../../src/analysis/align/pairFeatures';
import { checkModel, isSame, sameModel, sameness } from '../../../src/analysis/align/sameness';
import { emptyVocabulary, type Vocabulary } from '../../../src/analysis/align/tfidf';
import { termOf, wordTokens } from '../../../src/analysis/align/tokens';
import { differingWords } from '../../../src/analysis/align/wordDiff';
import { article, CHIPS, FOOTBALL } from './fixtures';

const whole = (s: string) => ({ start: 0, end: s.length });
const evidence = (s: string) => sentenceEvidence(s, whole(s), emptyVocabulary());
const features = (x: string, y: string, cosine = 0.6) => {
  const f = pairFeatures(evidence(x), evidence(y), cosine);
  return Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, f[k]]));
};

describe('pair features', () => {
  it('are symmetric in the two sentences', () => {
    const x = 'The mayor of Quellport said on Monday that 40 trawlers would sail.';
    const y = 'Forty trawlers will not sail, Quellport officials said.';
    expect(pairFeatures(evidence(x), evidence(y), 0.4)).toEqual(pairFeatures(evidence(y), evidence(x), 0.4));
  });

  it('see a changed number, a negation and a modal on one side', () => {
    const f = features('The port will reopen on 12 June.', 'The port may not reopen on 14 June.');
    expect(f.numbersDiffer).toBe(1);
    expect(f.negationDiffers).toBe(1);
    expect(f.modalsDiffer).toBe(2);
    const same = features('The port reopened on 12 May.', 'On 12 May the port reopened.');
    expect(same.numbersDiffer).toBe(0);
    expect(same.numbersAgree).toBe(1);
    expect(same.negationDiffers).toBe(0);
  });

  it('measure how much of each sentence the other covers, both ways', () => {
    const f = features('The port reopened.', 'The port reopened after the storm, and trawlers sailed out to the Narrow Sea at dawn.');
    expect(f.coverMax).toBe(1);
    expect(f.coverMin).toBeLessThan(0.4);
    expect(f.extraIdfMax).toBeGreaterThan(Math.log1p(4));
    expect(f.extraIdfMin).toBe(0);
  });

  it('count names only one side has, and word order', () => {
    const f = features('Ada Vell-Marin met Tomas Brack in Quellport.', 'Tomas Brack met Ada Vell-Marin in Ostmark.');
    expect(f.namesOnlyMax).toBe(1);
    const same = features('Ada met Tomas in Quellport.', 'Ada met Tomas in Quellport.');
    expect(same.orderMin).toBe(1);
    expect(same.wordEdits).toBe(0);
  });
});

describe('pair features beyond shared terms', () => {
  it('count a word of like form on the other side as covered ("expansion" / "expand"), which the stemmer leaves apart', () => {
    const f = features('The board approved the expansion of the port.', 'The board approved a plan to expand the port.');
    expect(f.idfCoverMax).toBeLessThan(1);
    expect(f.softCoverMax).toBe(1);
  });

  it('measure the longest run of words one side adds: a clause', () => {
    const f = features(
      'Russia closed checkpoints on the border with China until June 4.',
      'Russia closed checkpoints on the border with China, which also reported new cases, until June 4.',
    );
    expect(f.addedRunMin).toBe(0);
    expect(f.addedRunMax).toBeCloseTo(Math.log1p(5));
  });

  it('read "whether or not" as no negation, "neither … nor" as one, and "havent" as one', () => {
    expect(features('He asked whether or not aid arrived.', 'He asked if aid arrived.').negationDiffers).toBe(0);
    expect(features('Neither he nor his film is biased.', 'He and his film are not biased.').negationDiffers).toBe(0);
    expect(features('Details havent been finalized.', "Details haven't been finalized.").negationDiffers).toBe(0);
  });

  it('weigh extra content alike whatever the corpus size, once words are rare in it', () => {
    const x = 'The port reopened after the storm.';
    const y = 'The port reopened after the storm, and trawlers sailed to Ostmark at dawn.';
    // Every word of the pair in one sentence of the corpus: rare in a corpus of a thousand sentences or of a hundred thousand.
    const vocabularyOf = (docs: number): Vocabulary => {
      const terms = [...new Set(wordTokens(`${x} ${y}`, whole(`${x} ${y}`)).flatMap((t) => termOf(t.surface) ?? []))];
      return { ids: new Map(terms.map((t, id) => [t, id])), df: terms.map(() => 1), docs };
    };
    const featuresIn = (v: Vocabulary) => pairFeatures(sentenceEvidence(x, whole(x), v), sentenceEvidence(y, whole(y), v), 0.6);
    expect(featuresIn(vocabularyOf(1_000))).toEqual(featuresIn(vocabularyOf(100_000)));
  });
});

describe('the same-or-overlap decision', () => {
  it('ships a model for exactly these features', () => {
    expect(sameModel().features).toEqual([...FEATURE_NAMES]);
    expect(() => checkModel({ ...sameModel(), features: ['cosine'] })).toThrow(/train:compare/);
  });

  it('calls a restatement the same and a changed claim not', () => {
    const restated = pairFeatures(
      evidence('Premier Ada Vell-Marin signed the fishing accord with Brelia in Quellport on Monday.'),
      evidence('On Monday in Quellport, Premier Ada Vell-Marin signed the fishing accord with Brelia.'),
      0.95,
    );
    const changed = pairFeatures(
      evidence('Premier Ada Vell-Marin has dismissed reports she told Tomas Brack she would resign after the accord.'),
      evidence('Premier Ada Vell-Marin promised Tomas Brack she would stand down.'),
      0.45,
    );
    expect(isSame(sameness(restated))).toBe(true);
    expect(isSame(sameness(changed))).toBe(false);
    expect(sameness(restated)).toBeGreaterThan(sameness(changed));
  });
});

describe('differing words', () => {
  it('are the runs of words one side has and the other lacks, as spans, ignoring case and punctuation', () => {
    const x = 'Premier Ada Vell-Marin has dismissed reports she told Tomas Brack she would quit.';
    const y = 'premier Ada Vell-Marin promised Tomas Brack she would stand down!';
    const d = differingWords(x, whole(x), y, whole(y));
    expect(d.a.map((s) => x.slice(s.start, s.end))).toEqual(['has dismissed reports she told', 'quit']);
    expect(d.b.map((s) => y.slice(s.start, s.end))).toEqual(['promised', 'stand down']);
  });

  it('are none for the same words', () => {
    const x = 'The port reopened.';
    expect(differingWords(x, whole(x), 'the port, reopened', whole('the port, reopened'))).toEqual({ a: [], b: [] });
  });
});

describe('alignArticles with a changed claim', () => {
  const x = article('x', 'Quellport news\n\nPremier Ada Vell-Marin has dismissed reports she told President Tomas Brack she would resign after the fishing accord.\n');
  const y = article('y', 'Brelia news\n\nPremier Ada Vell-Marin promised President Tomas Brack she would resign after the fishing accord.\n');
  const al = alignArticles(x, y, buildAlignContext([x, y, article('f', FOOTBALL), article('c', CHIPS)]));

  it('pairs the two as an overlap, with the words that differ on each side', () => {
    expect(al.shared).toEqual([]);
    expect(al.overlap).toHaveLength(1);
    const [pair] = al.overlap;
    expect(pair.differ.a.map((s) => x.text.slice(s.start, s.end))).toEqual(['has dismissed reports she told']);
    expect(pair.differ.b.map((s) => y.text.slice(s.start, s.end))).toEqual(['promised']);
  });
});
