import { describe, expect, it } from 'vitest';
import { extractQuotes, filterQuotes } from '../../../src/analysis/quotes';
import { article, entitiesIn } from './fixtures';

const a = article([
  'Tomas Verlaine and Ana Brill met in Port Esk.',
  '"The harbour will reopen in spring," said Verlaine.',
  '"Fishing quotas come first," Ms Brill said.',
  '"Nobody asked the fishermen about the harbour plan at all."',
]);
const entities = entitiesIn(a, [
  { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine', 'Mr. Verlaine'] },
  { name: 'Ana Brill', type: 'person', forms: ['Brill', 'Ms Brill'] },
]);
const quotes = extractQuotes(a, entities);

const texts = (qs: typeof quotes) => qs.map((q) => q.text);

describe('filterQuotes', () => {
  it('matches every query word as a case-insensitive substring, in any order', () => {
    expect(texts(filterQuotes(quotes, { query: 'HARBOUR reopen' }, entities))).toEqual(['The harbour will reopen in spring,']);
    expect(texts(filterQuotes(quotes, { query: 'harbour' }, entities))).toHaveLength(2);
    expect(filterQuotes(quotes, { query: 'harbour quotas' }, entities)).toEqual([]);
  });

  it('matches the speaker by any alias, case-insensitively', () => {
    for (const name of ['verlaine', 'Mr. Verlaine', 'TOMAS VERLAINE', 'tomas-verlaine']) {
      expect(texts(filterQuotes(quotes, { speaker: name }, entities)), name).toEqual(['The harbour will reopen in spring,']);
    }
    expect(texts(filterQuotes(quotes, { speaker: 'brill', query: 'quotas' }, entities))).toEqual(['Fishing quotas come first,']);
    expect(filterQuotes(quotes, { speaker: 'Nobody Known' }, entities)).toEqual([]);
  });

  it('returns everything without a filter', () => {
    expect(filterQuotes(quotes, {})).toHaveLength(quotes.length);
  });
});
