import { describe, expect, it } from 'vitest';
import type { Analysis, Entity, Quote } from '../../../../src/analysis/types';
import { buildAnalysisData, type AnalysisData } from '../../../../src/ui/sources/analysis/data';
import { speakerKey, visibleQuotes } from '../../../../src/ui/features/quotes/filter';
import { makeArticle } from '../../fixtures';

type Said = [text: string, speaker: Quote['speaker']];

const mara: Quote['speaker'] = { name: 'Mara Quell', entity: 'person:mara-quell' };
const tobin: Quote['speaker'] = { name: 'Tobin Ashgrove', entity: 'person:tobin-ashgrove' };
const unlinked: Quote['speaker'] = { name: 'a harbour pilot' };

/** Articles of quotes (each paragraph one quotation), with the analysis naming them. */
function dataOf(articles: Said[][], entities: Entity[] = []): AnalysisData {
  const built = articles.map((said, i) =>
    makeArticle({ id: `art${i}`, headline: `Story ${i}`, paragraphs: said.map(([text]) => `Someone said "${text}" today.`) }),
  );
  const quotes = built.flatMap((article, i) =>
    articles[i].map(([text, speaker], n): Quote => {
      const start = article.text.indexOf(text);
      return { id: `${article.id}_q${n}`, article: article.id, span: { start, end: start + text.length }, text, speaker };
    }),
  );
  // The analysis lists quotes in no particular order: the view must not rely on it.
  const analysis: Analysis = { entities, quotes: [...quotes].reverse() };
  return buildAnalysisData(built, analysis);
}

const texts = (quotes: readonly Quote[]) => quotes.map((q) => q.text);

const data = dataOf(
  [
    [
      ['The government will cut the rates of interest next spring', mara],
      ['Ferries keep running whatever the weather', unlinked],
    ],
    [
      ['Interest rates will rise before the summer', tobin],
      ['We are very pleased with the new harbour', mara],
    ],
    [
      ['We are pleased to announce the sale of the ferry line', tobin],
      ['Nobody in government saw the storm coming', tobin],
    ],
  ],
  [{ id: 'person:mara-quell', name: 'Mara Quell', type: 'person', aliases: ['Minister Quell'], mentions: [] }],
);

describe('visibleQuotes', () => {
  it('lists every quote in reading order (article, then position) when nothing is typed', () => {
    expect(texts(visibleQuotes(data, null, ''))).toEqual([
      'The government will cut the rates of interest next spring',
      'Ferries keep running whatever the weather',
      'Interest rates will rise before the summer',
      'We are very pleased with the new harbour',
      'We are pleased to announce the sale of the ferry line',
      'Nobody in government saw the storm coming',
    ]);
    expect(texts(visibleQuotes(data, null, '   '))).toHaveLength(6);
  });

  it('forgives typos and unfinished words, and lists only quotes holding every word', () => {
    expect(texts(visibleQuotes(data, null, 'goverment'))).toEqual([
      'Nobody in government saw the storm coming',
      'The government will cut the rates of interest next spring',
    ]);
    expect(texts(visibleQuotes(data, null, 'fer'))).toEqual([
      'Ferries keep running whatever the weather',
      'We are pleased to announce the sale of the ferry line',
    ]);
    expect(visibleQuotes(data, null, 'intrest rates governmnt')).toHaveLength(1);
    expect(visibleQuotes(data, null, 'volcano')).toEqual([]);
  });

  it('ranks the words typed together above the same words apart', () => {
    expect(texts(visibleQuotes(data, null, 'interest rates'))).toEqual([
      'Interest rates will rise before the summer',
      'The government will cut the rates of interest next spring',
    ]);
  });

  it('finds a phrase with a word missing, after the quotes holding every word', () => {
    expect(texts(visibleQuotes(data, null, 'we are very pleased'))).toEqual([
      'We are very pleased with the new harbour',
      'We are pleased to announce the sale of the ferry line',
    ]);
  });

  it("matches the speaker's name as written and the linked entity's aliases", () => {
    expect(visibleQuotes(data, null, 'Ashgrov').map(speakerKey)).toEqual(Array(3).fill('person:tobin-ashgrove'));
    expect(visibleQuotes(data, null, 'minister quell').map(speakerKey)).toEqual(Array(2).fill('person:mara-quell'));
  });

  it('a chosen speaker narrows both the reading order and the matches', () => {
    expect(texts(visibleQuotes(data, 'person:tobin-ashgrove', ''))).toEqual([
      'Interest rates will rise before the summer',
      'We are pleased to announce the sale of the ferry line',
      'Nobody in government saw the storm coming',
    ]);
    expect(texts(visibleQuotes(data, 'person:mara-quell', 'government'))).toEqual([
      'The government will cut the rates of interest next spring',
    ]);
    expect(texts(visibleQuotes(data, 'name:a harbour pilot', 'weather'))).toEqual(['Ferries keep running whatever the weather']);
    expect(visibleQuotes(data, 'person:mara-quell', 'ferry')).toEqual([]);
  });

  it('lists every match however many there are, not only the ones fuse.js ranks', () => {
    const many = dataOf([Array.from({ length: 450 }, (_, i): Said => [`Growth reached ${i} percent in district ${i}`, mara])]);
    const found = visibleQuotes(many, null, 'growht');
    expect(found).toHaveLength(450);
    expect(new Set(found.map((q) => q.id)).size).toBe(450);
  });
});
