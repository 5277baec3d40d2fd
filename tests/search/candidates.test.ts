import { describe, expect, it } from 'vitest';
import { buildCandidateIndex, findCandidates } from '../../src/search/candidates';
import { parseQuery } from '../../src/search/query';
import type { SearchDocument } from '../../src/search/types';

const TEXTS = [
  'The artillery shells arrived.', // 0
  'Artillery fire was heard near the port.', // 1
  'The airport reopened after the strike.', // 2
  'Portable radios were sold at the port.', // 3
  'Shells were found on the beach.', // 4
  'The strike at the port ended.', // 5
];

const documents: SearchDocument[] = TEXTS.map((text, id) => ({ id, kind: 'text', article: 0, start: 0, end: text.length, text }));
const index = buildCandidateIndex(documents);
const candidates = (q: string, limit = 100) => findCandidates(index, parseQuery(q).branches[0], null, limit);

describe('buildCandidateIndex', () => {
  it('maps each folded word to the ascending ids of the documents containing it', () => {
    expect([...index.postings.get('the')!]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...index.postings.get('artillery')!]).toEqual([0, 1]);
    expect(index.vocabulary).toEqual([...index.vocabulary].sort());
  });
});

describe('findCandidates', () => {
  it('needs every word (AND)', () => {
    expect(candidates('artillery shells')).toEqual([0]);
  });

  it('takes words a query word starts, and typos of it, even mid-word', () => {
    expect(candidates('artil').sort()).toEqual([0, 1]);
    expect(candidates('artilery').sort()).toEqual([0, 1]);
    expect(candidates('artiler').sort()).toEqual([0, 1]);
  });

  it('ranks the word itself before longer words, shorter passages first, then reading order', () => {
    expect(candidates('port')).toEqual([5, 1, 3]);
  });

  it('finds infixes and suffixes through the vocabulary', () => {
    expect(candidates("'rpor")).toEqual([2]);
    expect(candidates('port$')).toEqual([1, 3, 5, 2]);
  });

  it('drops documents an excluded word rules out', () => {
    expect(candidates('port !strike')).toEqual([1, 3]);
  });

  it('a fuzzy word the index cannot place narrows nothing; an exact one finds nothing', () => {
    expect(candidates('port qwxz')).toEqual([5, 1, 3]);
    expect(candidates('port ^qwxz$')).toEqual([]);
  });

  it('honours the limit and the filter', () => {
    expect(candidates('the', 2)).toHaveLength(2);
    expect(findCandidates(index, parseQuery('the').branches[0], (id) => id > 2, 10).sort()).toEqual([3, 4, 5]);
  });
});
