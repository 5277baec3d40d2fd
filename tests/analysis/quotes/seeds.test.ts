// The seeds against the hand-checked gold (/work/shared/gold/seeds.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes';
import { extractEntities } from '../../../src/analysis/entities';
import { evaluateQuotes, formatQuoteEval, type GoldArticle } from '../../../scripts/eval/quotes';
import { SHARED_DIR, seedArticle, seedCorpus } from '../../helpers/corpus';
import { entitiesIn, type EntitySpec } from './fixtures';

const gold: GoldArticle[] = JSON.parse(readFileSync(join(SHARED_DIR, 'gold', 'seeds.json'), 'utf8'));

function articleFor(file: string) {
  const a = seedCorpus().articles.find((x) => file.startsWith(x.id));
  if (!a) throw new Error(`no seed for ${file}`);
  return a;
}

/** Entities as the gold lists them: attribution measured apart from entity extraction. */
function goldEntities(g: GoldArticle): EntitySpec[] {
  return [
    ...g.people.map((e) => ({ name: e.name, type: 'person' as const, forms: e.mentions })),
    ...g.organizations.map((e) => ({ name: e.name, type: 'organization' as const, forms: e.mentions })),
    ...(g.places ?? []).map((e) => ({ name: e.name, type: 'place' as const, forms: e.mentions })),
  ];
}

describe('quotes on the seeds', () => {
  const result = evaluateQuotes(gold, (file) => {
    const a = articleFor(file);
    return extractQuotes(a, entitiesIn(a, goldEntities(gold.find((g) => g.file === file)!)));
  });

  it('finds all 21 gold quotes and credits all 21 to the right speaker', () => {
    expect(result.total, formatQuoteEval(result)).toBe(21);
    expect(result.found, formatQuoteEval(result)).toBe(21);
    expect(result.speakersRight, formatQuoteEval(result)).toBe(21);
  });

  it('meets the same thresholds with the entities the extractor finds', () => {
    const entities = extractEntities(seedCorpus().articles);
    const real = evaluateQuotes(gold, (file) => extractQuotes(articleFor(file), entities));
    expect(real.found, formatQuoteEval(real)).toBe(21);
    expect(real.speakersRight, formatQuoteEval(real)).toBe(21);
    expect(real.extras).toEqual([]);
  });

  it('finds nothing in the seed without quotations and no extras elsewhere', () => {
    expect(extractQuotes(seedArticle('001'), [])).toEqual([]);
    expect(result.extras).toEqual([]);
  });
});
