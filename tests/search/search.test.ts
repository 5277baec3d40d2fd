import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import type { Analysis, Quote } from '../../src/analysis/types';
import type { Article } from '../../src/corpus/types';
import { buildSearchIndex, search } from '../../src/search';
import { foldText } from '../../src/search/text';
import type { SearchHit, SearchIndex } from '../../src/search/types';
import { articleFromText, seedArticle, seedCorpus } from '../helpers/corpus';

/** A quote whose words are the first occurrence of `words` in the article, as the extractor would give it. */
function quoteOf(article: Article, words: string, speaker: string | null, id = 'q1'): Quote {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in ${article.id}`);
  return { id, article: article.id, span: { start, end: start + words.length }, text: words, speaker: speaker ? { name: speaker } : null };
}

const seeds = () => seedCorpus().articles;
const passagesOnly = () => buildSearchIndex(seeds());
// With the analysis layer's entities and quotes, as the CLI and the UI search.
let analysed: SearchIndex;
beforeAll(async () => {
  analysed = buildSearchIndex(seeds(), await analyseCorpus(seeds()));
});
const withQuotes = () => analysed;
const slice = (hit: SearchHit, article: Article) => hit.highlights.map((h) => article.text.slice(h.start, h.end));

describe('search on the seeds', () => {
  it('"unconditonal suport" puts Kim\'s "full and unconditional support" first', () => {
    for (const index of [passagesOnly(), withQuotes()]) {
      const [first] = search(index, 'unconditonal suport');
      expect(first.article).toBe(seedArticle('002').id);
      expect(first.text).toContain('full and unconditional support');
      expect(slice(first, seedArticle('002'))).toEqual(['unconditional', 'support']);
    }
  });

  it('with quotes, that first hit is the quote itself, credited to Kim', () => {
    const [first] = search(withQuotes(), 'unconditonal suport');
    expect(first).toMatchObject({ kind: 'quote', text: 'full and unconditional support' });
    expect(first.speaker).toMatch(/Kim/);
  });

  it('"Matthew Miler" finds Miller\'s warnings in the top 5', () => {
    for (const index of [passagesOnly(), withQuotes()]) {
      const top = search(index, 'Matthew Miler', { limit: 5 });
      const warning = top.find((h) => h.text.includes('Any transfer of arms') && h.text.includes('Matthew Miller'));
      expect(warning).toBeDefined();
      expect(slice(warning!, seedArticle('002'))).toEqual(['Matthew', 'Miller']);
    }
  });

  it('"space launch center" (a phrase) returns only 003\'s sentence', () => {
    const a003 = seedArticle('003');
    const sentence = a003.sentences.find((s) => a003.text.slice(s.start, s.end).includes('space launch center'))!;
    for (const index of [passagesOnly(), withQuotes()]) {
      const hits = search(index, '"space launch center"');
      expect(hits).toHaveLength(1);
      expect(hits[0].article).toBe(a003.id);
      expect(hits[0].start).toBeGreaterThanOrEqual(sentence.start);
      expect(hits[0].end).toBeLessThanOrEqual(sentence.end);
      expect(slice(hits[0], a003)).toEqual(['space launch center']);
    }
  });

  it('in:quotes by:putin returns exactly Putin\'s three quotes in 002', () => {
    const hits = search(withQuotes(), 'in:quotes by:putin');
    expect(hits.map((h) => [h.kind, h.article])).toEqual(Array(3).fill(['quote', seedArticle('002').id]));
    expect(hits.map((h) => h.text.slice(0, 20))).toEqual(['We need to discuss t', 'That’s why we came h', 'The leader of the DP']);
  });

  it('by: forgives a typo and matches any part of the name', () => {
    expect(search(withQuotes(), 'by:putn').map((h) => h.speaker)).toEqual(Array(3).fill('Vladimir Putin'));
    expect(search(withQuotes(), 'by:kcna').length).toBeGreaterThan(0);
  });

  it('entity names are searched with their aliases, one hit per article at the first mention', () => {
    const hits = search(withQuotes(), 'in:entities Matthew Miler');
    expect(hits.map((h) => [h.kind, h.article, h.text])).toEqual([['entity', seedArticle('002').id, 'Matthew Miller']]);
    const dprk = search(withQuotes(), 'in:entities dprk');
    expect(dprk.map((h) => h.article)).toEqual(seeds().map((a) => a.id));
    expect(new Set(dprk.map((h) => h.entity)).size).toBe(1);
  });

  it('every highlight lies in its passage, points at the matched text and is never a stray letter', () => {
    const index = withQuotes();
    const queries = ['unconditonal suport', 'Matthew Miler', 'putin | miller', "'unch", '^vlad', 'ort$', 'korea !north', '"space la', 'ballistc missle', 'satelite'];
    for (const q of queries) {
      const hits = search(index, q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const hit of hits) {
        const article = seeds().find((a) => a.id === hit.article)!;
        expect(article.text.slice(hit.start, hit.end)).toBe(hit.text);
        expect(hit.highlights.length, `${q}: ${hit.text}`).toBeGreaterThan(0);
        for (const h of hit.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(hit.start);
          expect(h.end).toBeLessThanOrEqual(hit.end);
          expect(h.end - h.start).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('fuzzy highlights are the whole words that resemble the query words', () => {
    const hits = search(passagesOnly(), 'ballistc missle');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const article = seeds().find((a) => a.id === hit.article)!;
      const words = slice(hit, article).map(foldText);
      expect(words.some((w) => w.startsWith('ballistic')), hit.text).toBe(true);
      expect(words.some((w) => w.startsWith('missile')), hit.text).toBe(true);
    }
  });

  it('a word is highlighted with its continuations, typos only when nothing closer is there', () => {
    const [a] = [articleFromText('Portable radios were sold at the port and the sport shop.\n', 'p1')];
    const [hit] = search(buildSearchIndex([a]), 'port');
    expect(slice(hit, a)).toEqual(['Portable', 'port']);
  });

  it('fuse.js judges a typo no single word resembles, and its match is highlighted as whole words', () => {
    const a = articleFromText('Talks went on.\n\nThe New York Times reported the talks.\n', 'n1');
    const [hit] = search(buildSearchIndex([a]), 'times newyork');
    expect(hit.text).toBe('The New York Times reported the talks.');
    expect(slice(hit, a)).toEqual(['New', 'York', 'Times']);
  });

  it('operators: exact substring, word prefix, word suffix, exclusion, either', () => {
    const index = passagesOnly();
    const words = (q: string) => search(index, q, { limit: 100 }).flatMap((h) => slice(h, seeds().find((a) => a.id === h.article)!));
    expect(new Set(words("'unch").map(foldText))).toEqual(new Set(['unch']));
    expect(words('^vlad').every((w) => /^vlad/i.test(w))).toBe(true);
    expect(words('ort$').every((w) => /ort$/i.test(w))).toBe(true);
    expect(search(index, 'korea !north', { limit: 100 }).every((h) => !/\bnorth/i.test(h.text))).toBe(true);
    const either = search(index, 'kozhemyako | peskov', { limit: 100 });
    expect(new Set(either.flatMap((h) => slice(h, seeds().find((a) => a.id === h.article)!)))).toEqual(new Set(['Kozhemyako', 'Peskov']));
  });

  it('odd queries search sensibly and never throw', () => {
    const index = withQuotes();
    for (const q of ['', '!', '|', '"', "'", '^', '$', 'in:', 'by:', '!putin', '"space launch', 'putin |', '| putin', '!!!', 'in:nowhere putin']) {
      expect(() => search(index, q), q).not.toThrow();
    }
    expect(search(index, '')).toEqual([]);
    expect(search(index, '!')).toEqual([]);
    expect(search(index, '"space launch').length).toBeGreaterThan(0);
    expect(search(index, 'putin |')).toEqual(search(index, 'putin'));
  });

  it('any string at all searches without throwing, and every hit points into its article', () => {
    const index = passagesOnly();
    const texts = new Map(seeds().map((a) => [a.id, a.text]));
    const queryish = fc.stringMatching(/^[a-z "'^$!|:.\-]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), queryish), (q) => {
        for (const hit of search(index, q)) {
          const text = texts.get(hit.article)!;
          if (text.slice(hit.start, hit.end) !== hit.text) return false;
          if (hit.highlights.some((h) => h.start < hit.start || h.end > hit.end || h.end <= h.start)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('an empty corpus finds nothing, whatever the query', () => {
    const empty = buildSearchIndex([]);
    for (const q of ['kim', 'in:quotes', '"a b"', "'x", 'by:putin']) expect(search(empty, q)).toEqual([]);
  });

  it('respects limit', () => {
    expect(search(passagesOnly(), 'korea', { limit: 3 })).toHaveLength(3);
  });
});

describe('ranking', () => {
  const corpus = (...texts: string[]) => texts.map((t, i) => articleFromText(t, `a${i}`));

  it('an exact phrase before scattered words before a fuzzy match', () => {
    const articles = corpus(
      'The spase center opened on Monday.\n',
      'The center of the city has a space museum.\n',
      'The space center opened on Tuesday.\n',
    );
    const hits = search(buildSearchIndex(articles), 'space center');
    expect(hits.map((h) => h.article)).toEqual(['a2', 'a1', 'a0']);
  });

  it('whole words before fragments', () => {
    const articles = corpus('Portable radios were sold at the fair.\n', 'The port was busy all week.\n');
    expect(search(buildSearchIndex(articles), 'port').map((h) => h.article)).toEqual(['a1', 'a0']);
  });

  it('headlines and quotes above body text', () => {
    const articles = corpus(
      'Dock workers vote\n\nThe harbour strike ended on Monday after a long vote.\n',
      'Harbour strike ends\n\nWorkers returned to the docks on Monday.\n',
      'Union leaders met\n\nThe mayor said "the harbour strike is over" after the vote.\n',
    );
    const quote = quoteOf(articles[2], 'the harbour strike is over', 'the mayor');
    const hits = search(buildSearchIndex(articles, { entities: [], quotes: [quote] }), 'harbour strike');
    expect(hits.map((h) => [h.kind, h.article])).toEqual([
      ['headline', 'a1'],
      ['quote', 'a2'],
      ['text', 'a0'],
    ]);
  });

  it('a phrase ranks within its kind: a quote with the words apart above body text with the phrase', () => {
    const articles = corpus(
      'Talks went on.\n\nOfficials discussed an arms deal on Monday.\n',
      'Talks went on.\n\nThe envoy said "the deal covers arms and fuel" on Monday.\n',
    );
    const quote = quoteOf(articles[1], 'the deal covers arms and fuel', 'the envoy');
    const hits = search(buildSearchIndex(articles, { entities: [], quotes: [quote] }), 'arms deal');
    expect(hits.map((h) => [h.kind, h.article])).toEqual([
      ['quote', 'a1'],
      ['text', 'a0'],
    ]);
  });

  it('a sentence adds nothing when a quote already shows all its matches', () => {
    const articles = corpus('Union leaders met\n\nThe mayor said "the harbour strike is over" after the vote.\n');
    const quote = quoteOf(articles[0], 'the harbour strike is over', 'the mayor');
    const index = buildSearchIndex(articles, { entities: [], quotes: [quote] });
    expect(search(index, 'harbour strike').map((h) => h.kind)).toEqual(['quote']);
    expect(search(index, 'harbour mayor').map((h) => h.kind)).toEqual(['text']);
  });

  it('ties in reading order: article order, then offset', () => {
    const articles = corpus(
      'Grain prices rose.\n\nThe grain harvest was late. Grain exports fell.\n',
      'Grain talks\n\nThe grain harvest was late.\n',
    );
    const hits = search(buildSearchIndex(articles), 'in:text ^grain$');
    expect(hits.map((h) => [h.article, h.start])).toEqual(
      [...hits].map((h) => [h.article, h.start]).sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1])),
    );
    expect(hits.map((h) => h.article)).toEqual(['a0', 'a0', 'a1']);
  });
});

describe('entities, headlines and filters', () => {
  const articles = () => [
    articleFromText('Port deal signed\n\nMinister Ana Brill signed the port deal. Brill said it was fair.\n', 'b1', { outlet: 'Harbour Times' }),
    articleFromText('Talks go on\n\nThe talks with Ms Brill went on all night.\n', 'b2', { outlet: 'Daily Courier' }),
  ];
  const analysis = (a: Article[]): Analysis => {
    const at = (article: Article, form: string) => {
      const start = article.text.indexOf(form);
      return { article: article.id, span: { start, end: start + form.length } };
    };
    return {
      entities: [{ id: 'person:ana-brill', name: 'Ana Brill', type: 'person', aliases: ['Brill', 'Ms Brill'], mentions: [at(a[0], 'Ana Brill'), at(a[0], 'Brill said'), at(a[1], 'Ms Brill')] }],
      quotes: [],
    };
  };

  it('an entity gives one hit per article that mentions it', () => {
    const a = articles();
    const hits = search(buildSearchIndex(a, analysis(a)), 'in:entities brill');
    expect(hits.map((h) => [h.article, h.text, h.entity])).toEqual([
      ['b1', 'Ana Brill', 'person:ana-brill'],
      ['b2', 'Ms Brill', 'person:ana-brill'],
    ]);
    for (const h of hits) expect(h.highlights).toEqual([{ start: h.start, end: h.end }]);
  });

  it('an entity hit points at the first mention in the form that matched', () => {
    const a = articles();
    const hits = search(buildSearchIndex(a, analysis(a)), 'in:entities ana');
    expect(hits.map((h) => [h.article, h.text])).toEqual([
      ['b1', 'Ana Brill'],
      ['b2', 'Ms Brill'],
    ]);
    const b = [articleFromText('Talks\n\nMinister Brill arrived. Ana Brill spoke later.\n', 'b3')];
    const at = (form: string) => ({ article: 'b3', span: { start: b[0].text.indexOf(form), end: b[0].text.indexOf(form) + form.length } });
    const entities = [{ id: 'p', name: 'Ana Brill', type: 'person' as const, aliases: ['Brill'], mentions: [at('Brill'), at('Ana Brill')] }];
    expect(search(buildSearchIndex(b, { entities, quotes: [] }), 'in:entities ana').map((h) => h.text)).toEqual(['Ana Brill']);
    expect(search(buildSearchIndex(b, { entities, quotes: [] }), 'in:entities brill').map((h) => h.text)).toEqual(['Brill']);
  });

  it('a stated title line is a headline hit at its own span', () => {
    const a = articles();
    const [hit] = search(buildSearchIndex(a), 'in:headlines port deal');
    expect(hit).toMatchObject({ kind: 'headline', article: 'b1', text: 'Port deal signed', start: a[0].titleLine!.start });
  });

  it('a derived headline points at the words it was cut from', () => {
    const a = [articleFromText('Minister Ana Brill signed the port deal on Monday in the capital.\n\nShe said it was fair.\n', 'c1')];
    expect(a[0].titleLine).toBeNull();
    const [hit] = search(buildSearchIndex(a), 'in:headlines brill');
    expect(hit.kind).toBe('headline');
    expect(a[0].text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(a[0].text.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('Brill');
  });

  it('a stated title the text does not contain is a headline hit at -1/-1, highlighted within its own text', () => {
    const a = [articleFromText('Showers continued in the cocoa zone.\n', 'r1', { title: 'BAHIA COCOA REVIEW' })];
    const [hit] = search(buildSearchIndex(a), 'in:headlines cocoa');
    expect(hit).toMatchObject({ kind: 'headline', text: 'BAHIA COCOA REVIEW', start: -1, end: -1, highlights: [] });
    expect(hit.textHighlights!.map((h) => hit.text.slice(h.start, h.end))).toEqual(['COCOA']);
  });

  it('textHighlights are the highlights as offsets into the hit text', () => {
    const a = articles();
    for (const hit of search(buildSearchIndex(a, analysis(a)), 'brill | deal', { limit: 20 })) {
      expect(hit.textHighlights).toEqual(hit.highlights.map((h) => ({ start: h.start - hit.start, end: h.end - hit.start })));
    }
  });

  it('outlet: keeps articles from a matching outlet only', () => {
    const a = articles();
    expect(search(buildSearchIndex(a, analysis(a)), 'outlet:courier brill').map((h) => h.article)).toEqual(['b2', 'b2']);
    expect(search(buildSearchIndex(a), 'outlet:"harbor times" deal').map((h) => h.article)).toEqual(['b1', 'b1']);
  });

  it('FAQ questions and answers are searched as faq, not twice as text', () => {
    const a = [articleFromText('Q&A on the deal\n\nThe deal was signed.\n\nFAQ:\n\nQ: Who signed the deal?\n\nA: Ana Brill signed it.\n', 'f1')];
    const hits = search(buildSearchIndex(a), 'signed', { limit: 10 });
    expect(hits.filter((h) => h.kind === 'faq').map((h) => h.text)).toEqual(['Who signed the deal?', 'Ana Brill signed it.']);
    expect(hits.filter((h) => h.text.includes('Ana Brill signed'))).toHaveLength(1);
  });
});
