import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import type { Quote } from '../../src/analysis/types';
import type { Article } from '../../src/corpus/types';
import { buildSearchIndex, search } from '../../src/search';
import { foldText } from '../../src/search/text';
import type { SearchIndex, SearchResults, Snippet } from '../../src/search/types';
import { articleFromText, seedArticle, seedCorpus } from '../helpers/corpus';

/** A quote whose words are the first occurrence of `words` in the article, as the extractor would give it. */
function quoteOf(article: Article, words: string, speaker: string | null, id = 'q1'): Quote {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in ${article.id}`);
  return { id, article: article.id, span: { start, end: start + words.length }, text: words, speaker: speaker ? { name: speaker } : null };
}

const seeds = () => seedCorpus().articles;
const passagesOnly = () => buildSearchIndex(seeds());
let analysed: SearchIndex;
beforeAll(async () => {
  analysed = buildSearchIndex(seeds(), await analyseCorpus(seeds()));
});
const all = (r: SearchResults) => r.slice(0, r.total);
const ids = (index: SearchIndex, q: string) => all(search(index, q)).map((r) => r.article);
const marked = (s: Snippet) => s.textHighlights.map((h) => s.text.slice(h.start, h.end));
const corpus = (...texts: string[]) => texts.map((t, i) => articleFromText(t, `a${i}`));

describe('search on the seeds', () => {
  it('"unconditonal suport" puts 002 first, its best passage Kim\'s "full and unconditional support"', () => {
    for (const index of [passagesOnly(), analysed]) {
      const r = search(index, 'unconditonal suport');
      const [first] = r.slice(0, 1);
      expect(first.article).toBe(seedArticle('002').id);
      const [best] = r.snippets(first.index, 1);
      expect(best.text).toContain('full and unconditional support');
      expect(marked(best)).toEqual(['unconditional', 'support']);
    }
  });

  it('with quotes, that best passage is the quote itself, credited to Kim', () => {
    const r = search(analysed, 'unconditonal suport');
    const [best] = r.snippets(r.slice(0, 1)[0].index, 1);
    expect(best).toMatchObject({ kind: 'quote', text: 'full and unconditional support' });
    expect(best.speaker).toMatch(/Kim/);
  });

  it('"Matthew Miler" finds Miller\'s warning in 002', () => {
    for (const index of [passagesOnly(), analysed]) {
      const r = search(index, 'Matthew Miler');
      const hit = r.slice(0, 5).find((a) => a.article === seedArticle('002').id)!;
      expect(hit).toBeDefined();
      const warning = r.snippets(hit.index).find((s) => s.text.includes('Any transfer of arms'))!;
      expect(marked(warning)).toEqual(['Matthew', 'Miller']);
    }
  });

  it('"space launch center" (a phrase) finds only 003, highlighted as one range', () => {
    for (const index of [passagesOnly(), analysed]) {
      const r = search(index, '"space launch center"');
      expect(all(r).map((a) => a.article)).toEqual([seedArticle('003').id]);
      const snippets = r.snippets(r.slice(0, 1)[0].index);
      expect(snippets).toHaveLength(1);
      expect(marked(snippets[0])).toEqual(['space launch center']);
    }
  });

  it("in:quotes by:putin lists 002 with exactly Putin's three quotes", () => {
    const r = search(analysed, 'in:quotes by:putin');
    expect(all(r).map((a) => a.article)).toEqual([seedArticle('002').id]);
    const quotes = r.snippets(r.slice(0, 1)[0].index);
    expect(quotes.map((s) => s.kind)).toEqual(['quote', 'quote', 'quote']);
    expect(quotes.map((s) => s.text.slice(0, 20))).toEqual(['We need to discuss t', 'That’s why we came h', 'The leader of the DP']);
  });

  it('by: forgives a typo; without the analysis it says it needs it', () => {
    const r = search(analysed, 'by:putn');
    expect(r.total).toBe(1);
    expect(r.snippets(r.slice(0, 1)[0].index).map((s) => s.speaker)).toEqual(Array(3).fill('Vladimir Putin'));
    const without = search(passagesOnly(), 'in:quotes by:putin');
    expect(without.total).toBe(0);
    expect(without.needsAnalysis).toBe(true);
    expect(search(passagesOnly(), 'putin').needsAnalysis).toBe(false);
  });

  it('in:entities matches entity names and aliases, with a snippet at the mention', () => {
    const r = search(analysed, 'in:entities Matthew Miler');
    expect(all(r).map((a) => a.article)).toEqual([seedArticle('002').id]);
    expect(r.snippets(r.slice(0, 1)[0].index).map((s) => [s.kind, s.text])).toEqual([['entity', 'Matthew Miller']]);
    expect(ids(analysed, 'in:entities dprk')).toHaveLength(seeds().length);
  });

  it('every highlight lies in its passage and points at a word that matched', () => {
    const queries = ['unconditonal suport', 'Matthew Miler', 'putin | miller', "'unch", '^vlad', 'ort$', 'korea !kozhemyako', '"space la', 'ballistc missle', 'satelite'];
    for (const q of queries) {
      const r = search(analysed, q);
      expect(r.total, q).toBeGreaterThan(0);
      for (const a of all(r)) {
        const article = seeds()[a.index];
        for (const s of r.snippets(a.index)) {
          if (s.start >= 0) expect(article.text.slice(s.start, s.end)).toBe(s.text);
          for (const h of s.highlights) {
            expect(h.start).toBeGreaterThanOrEqual(s.start);
            expect(h.end).toBeLessThanOrEqual(s.end);
            expect(h.end - h.start).toBeGreaterThanOrEqual(2);
          }
        }
      }
    }
  });

  it('operators: exact substring, word prefix, word suffix, exclusion, either', () => {
    const index = passagesOnly();
    const words = (q: string) => {
      const r = search(index, q);
      return all(r).flatMap((a) => r.snippets(a.index).flatMap(marked));
    };
    expect(new Set(words("'unch").map(foldText))).toEqual(new Set(['unch']));
    expect(words('^vlad').every((w) => /^vlad/i.test(w))).toBe(true);
    expect(words('ort$').every((w) => /ort$/i.test(w))).toBe(true);
    // Exclusion leaves out whole articles.
    const korea = ids(index, 'korea !north');
    expect(korea.every((id) => !/\bnorth/i.test(seeds().find((a) => a.id === id)!.text))).toBe(true);
    expect(new Set(words('kozhemyako | peskov'))).toEqual(new Set(['Kozhemyako', 'Peskov']));
  });

  it('odd queries search sensibly and never throw', () => {
    for (const q of ['', '!', '|', '"', "'", '^', '$', 'in:', 'by:', '!putin', '"space launch', 'putin |', '| putin', '!!!', 'in:nowhere putin']) {
      expect(() => all(search(analysed, q)), q).not.toThrow();
    }
    expect(search(analysed, '').total).toBe(0);
    expect(search(analysed, '!').total).toBe(0);
    expect(search(analysed, '"space launch').total).toBeGreaterThan(0);
    expect(ids(analysed, 'putin |')).toEqual(ids(analysed, 'putin'));
  });

  it('any string at all searches without throwing, and every snippet points into its article', () => {
    const index = passagesOnly();
    const queryish = fc.stringMatching(/^[a-z "'^$!|:.\-]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), queryish), (q) => {
        const r = search(index, q);
        for (const a of r.slice(0, 5)) {
          for (const s of r.snippets(a.index)) {
            if (s.start >= 0 && seeds()[a.index].text.slice(s.start, s.end) !== s.text) return false;
            if (s.highlights.some((h) => h.start < s.start || h.end > s.end || h.end <= h.start)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('an empty corpus finds nothing, whatever the query', () => {
    const empty = buildSearchIndex([]);
    for (const q of ['kim', 'in:quotes', '"a b"', "'x", 'by:putin']) expect(search(empty, q).total).toBe(0);
  });
});

describe('matching', () => {
  it('every word must be in the article, but not in one sentence', () => {
    const a = corpus('Copper news\n\nThe mine was shut.\n\nA strike followed. Copper fell.\n', 'Copper news\n\nCopper fell.\n');
    expect(ids(buildSearchIndex(a), 'copper mine strike')).toEqual(['a0']);
  });

  it('a transposition is one edit, and the corpus\'s own misspelling does not block the correction', () => {
    const a = corpus('Gross national product rose.\n', 'New prodcuts were launched.\n', 'Gross national product fell.\n');
    expect(ids(buildSearchIndex(a), 'gross national prodcut').sort()).toEqual(['a0', 'a2']);
    expect(ids(buildSearchIndex(a), 'prodcut')).toContain('a0');
  });

  it('a word being typed takes typos of its start only when no word starts as typed', () => {
    const index = buildSearchIndex(corpus('OPEC met in Vienna.\n', 'Operating profit rose.\n', 'Artillery fire was heard.\n'));
    const typed = (q: string) => all(search(index, q, { typing: true })).map((r) => r.article);
    // 'oper' is one edit from 'opec', but 'opec' is a word: what is typed is taken as typed.
    expect(typed('opec')).toEqual(['a0']);
    // No word starts with 'artile': its start may be misspelt.
    expect(typed('artile')).toEqual(['a2']);
  });

  it('typo allowance grows with length: none up to 3 letters, 1 up to 7, 2 from 8', () => {
    const a = corpus('The cat sat.\n', 'A cot.\n', 'Exports grew.\n', 'Exparts grew.\n', 'Expxrts grow.\n', 'Internatinal news.\n', 'Intrenatoinal news.\n');
    const index = buildSearchIndex(a);
    expect(ids(index, 'cat')).toEqual(['a0']);
    expect(ids(index, 'exports').sort()).toEqual(['a2', 'a3', 'a4']);
    expect(ids(index, 'international').sort()).toEqual(['a5', 'a6']);
  });

  it('other forms of a word count ("quotas" finds "quota")', () => {
    const a = corpus('The steel quota was cut.\n', 'Steel quotas stay.\n');
    expect(ids(buildSearchIndex(a), 'steel quotas').sort()).toEqual(['a0', 'a1']);
  });

  it('outlet: keeps articles from a matching outlet only', () => {
    const a = [
      articleFromText('Port deal signed\n\nThe port deal was signed.\n', 'b1', { outlet: 'Harbour Times' }),
      articleFromText('Talks go on\n\nThe deal talks went on.\n', 'b2', { outlet: 'Daily Courier' }),
    ];
    expect(ids(buildSearchIndex(a), 'outlet:courier deal')).toEqual(['b2']);
    expect(ids(buildSearchIndex(a), 'outlet:"harbor times" deal')).toEqual(['b1']);
  });
});

describe('ranking', () => {
  it('the words as a phrase before the words apart before a typo of them', () => {
    const a = corpus(
      'The spase center opened on Monday.\n',
      'The center of the city has a space museum.\n',
      'The space center opened on Tuesday.\n',
    );
    expect(ids(buildSearchIndex(a), 'space center')).toEqual(['a2', 'a1', 'a0']);
  });

  it('the word itself before a longer word it starts, before a typo', () => {
    const a = corpus('Portable radios were sold at the fair.\n', 'The pork was busy all week.\n', 'The port was busy all week.\n');
    expect(ids(buildSearchIndex(a), 'port')).toEqual(['a2', 'a0', 'a1']);
  });

  it('a headline match above a passing mention in the body', () => {
    const a = corpus(
      'Dock workers vote\n\nThe workers voted on Monday. Later the harbour was calm.\n',
      'Harbour reopens\n\nWorkers returned to the docks on Monday.\n',
    );
    expect(ids(buildSearchIndex(a), 'harbour')).toEqual(['a1', 'a0']);
  });

  it('an article about the subject above one that mentions it once', () => {
    const a = corpus(
      'Markets\n\nShares rose. Cocoa was flat. Bonds fell. Oil rose.\n',
      'Cocoa review\n\nCocoa arrivals rose. Cocoa prices fell as cocoa stocks grew.\n',
    );
    expect(ids(buildSearchIndex(a), 'cocoa')).toEqual(['a1', 'a0']);
  });

  it('quotes raise an article as evidence, not as a tier above everything', () => {
    const articles = corpus(
      'Harbour strike ends\n\nThe harbour strike ended on Monday.\n',
      'Union leaders met\n\nThe mayor said "the harbour strike is over" after the vote.\n',
      'Union leaders met\n\nThe mayor said the harbour strike is over after the vote.\n',
    );
    const quote = quoteOf(articles[1], 'the harbour strike is over', 'the mayor');
    const index = buildSearchIndex(articles, { entities: [], quotes: [quote] });
    expect(ids(index, 'harbour strike')).toEqual(['a0', 'a1', 'a2']);
  });

  it("a word's rarity counts its other forms, and a word the corpus holds in several articles is not made common by a frequent word one edit away", () => {
    const filler = Array.from({ length: 70 }, (_, i) => `Filler story number ${i} about the weather.\n`);
    const scoreOf = (texts: string[], q: string) => search(buildSearchIndex(corpus(...texts)), q).slice(0, 1)[0].score;
    // 'quotas' in 2 articles, 'quota' in 30: the word is common, whichever form is typed.
    const quota = (other: string) => ['Steel quotas set.\n', 'Steel quotas kept.\n', ...Array.from({ length: 30 }, (_, i) => `Sugar ${other} set ${i}.\n`), ...filler];
    expect(scoreOf(quota('quota'), 'quotas')).toBeLessThan(0.5 * scoreOf(quota('levy'), 'quotas'));
    // 'zinc' in 6 articles, 'inc' in 100: zinc scores as it would with no 'inc' about.
    const zinc = (company: string) => [...Array.from({ length: 6 }, (_, i) => `Zinc output rose ${i}.\n`), ...Array.from({ length: 100 }, (_, i) => `Acme ${company} said profits rose ${i}.\n`)];
    expect(scoreOf(zinc('Inc'), 'zinc')).toBeCloseTo(scoreOf(zinc('Corp'), 'zinc'), 6);
  });

  it('scores never rise down the list', () => {
    for (const q of ['kim putin', 'korea', 'north korean artilery', 'satelite | submarines', 'in:quotes by:putin']) {
      const scores = all(search(analysed, q)).map((r) => r.score);
      for (let i = 1; i < scores.length; i++) expect(scores[i], q).toBeLessThanOrEqual(scores[i - 1]);
    }
  });

  it('the first results are the same however far down the list is asked for', () => {
    const r1 = search(analysed, 'north korea russia');
    const r2 = search(analysed, 'north korea russia');
    expect(r1.slice(0, 2)).toEqual(r2.slice(0, r2.total).slice(0, 2));
  });
});

describe('snippets', () => {
  it('a sentence adds nothing when a quote already shows all its matches', () => {
    const articles = corpus('Union leaders met\n\nThe mayor said "the harbour strike is over" after the vote.\n');
    const quote = quoteOf(articles[0], 'the harbour strike is over', 'the mayor');
    const index = buildSearchIndex(articles, { entities: [], quotes: [quote] });
    const kinds = (q: string) => {
      const r = search(index, q);
      return r.snippets(0).map((s) => s.kind);
    };
    expect(kinds('harbour strike')).toEqual(['quote']);
    expect(kinds('harbour mayor')).toEqual(['text', 'quote']);
  });

  it('a stated title the text does not contain is a headline snippet at -1/-1, highlighted within its own text', () => {
    const a = [articleFromText('Showers continued in the cocoa zone.\n', 'r1', { title: 'BAHIA COCOA REVIEW' })];
    const r = search(buildSearchIndex(a), 'in:headlines cocoa');
    const [s] = r.snippets(0);
    expect(s).toMatchObject({ kind: 'headline', text: 'BAHIA COCOA REVIEW', start: -1, end: -1, highlights: [] });
    expect(marked(s)).toEqual(['COCOA']);
  });

  it('FAQ questions and answers are snippets of kind faq, not twice as text', () => {
    const a = [articleFromText('Q&A on the deal\n\nThe deal was signed.\n\nFAQ:\n\nQ: Who signed the deal?\n\nA: Ana Brill signed it.\n', 'f1')];
    const snippets = search(buildSearchIndex(a), 'signed').snippets(0);
    expect(snippets.filter((s) => s.kind === 'faq').map((s) => s.text).sort()).toEqual(['Ana Brill signed it.', 'Who signed the deal?']);
    expect(snippets.filter((s) => s.text.includes('Ana Brill signed'))).toHaveLength(1);
  });
});
