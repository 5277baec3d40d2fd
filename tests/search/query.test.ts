import { describe, expect, it } from 'vitest';
import { parseQuery, QUERY_SYNTAX_HELP } from '../../src/search/query';

const terms = (q: string) => parseQuery(q).branches.map((b) => b.include);

describe('parseQuery: terms', () => {
  it('plain words are fuzzy words, all in one branch', () => {
    expect(terms('unconditonal suport')).toEqual([
      [{ kind: 'word', value: 'unconditonal' }, { kind: 'word', value: 'suport' }],
    ]);
  });

  it('"a phrase" keeps its spaces; an unclosed one is an open phrase', () => {
    expect(terms('"space launch center" putin')[0]).toEqual([
      { kind: 'phrase', value: 'space launch center' },
      { kind: 'word', value: 'putin' },
    ]);
    expect(terms('"space la')[0]).toEqual([{ kind: 'phrase', value: 'space la', open: true }]);
  });

  it("'text, ^prefix, suffix$ and ^whole$", () => {
    expect(terms("'unch ^vlad port$ ^kim$")[0].map((t) => [t.kind, t.value])).toEqual([
      ['substring', 'unch'],
      ['prefix', 'vlad'],
      ['suffix', 'port'],
      ['whole', 'kim'],
    ]);
  });

  it('!word and !"phrase" exclude', () => {
    const [branch] = parseQuery('korea !north !"arms deal"').branches;
    expect(branch.include).toEqual([{ kind: 'word', value: 'korea' }]);
    expect(branch.exclude).toEqual([
      { kind: 'word', value: 'north' },
      { kind: 'phrase', value: 'arms deal' },
    ]);
  });

  it('| separates branches, with or without spaces', () => {
    expect(terms('putin kim | miller')).toEqual([
      [{ kind: 'word', value: 'putin' }, { kind: 'word', value: 'kim' }],
      [{ kind: 'word', value: 'miller' }],
    ]);
    expect(terms('putin|miller')).toHaveLength(2);
    expect(terms('"a | b"')).toEqual([[{ kind: 'phrase', value: 'a | b' }]]);
  });

  it('edge punctuation of a word is dropped, inner punctuation kept', () => {
    expect(terms('support, U.S. jong-un')[0].map((t) => t.value)).toEqual(['support', 'U.S', 'jong-un']);
  });
});

describe('parseQuery: filters', () => {
  it('in: selects kinds; in:text covers FAQ entries too', () => {
    expect(parseQuery('in:quotes war').kinds).toEqual(['quote']);
    expect(parseQuery('in:headlines in:entities').kinds).toEqual(['headline', 'entity']);
    expect(parseQuery('in:text').kinds).toEqual(['text', 'faq']);
  });

  it('by: names a speaker and limits the search to quotes', () => {
    const parsed = parseQuery('by:putin in:headlines');
    expect(parsed.speakers).toEqual(['putin']);
    expect(parsed.kinds).toEqual(['quote']);
    expect(parsed.warnings.length).toBe(1);
    expect(parseQuery('by:"Matthew Miller" arms').speakers).toEqual(['Matthew Miller']);
  });

  it('outlet: takes a name, quoted when it has spaces', () => {
    expect(parseQuery('outlet:"New York Times" kim').outlets).toEqual(['New York Times']);
  });

  it('filters apply to the whole query, not to a branch', () => {
    const parsed = parseQuery('kim | by:putin putin');
    expect(parsed.speakers).toEqual(['putin']);
    expect(parsed.branches).toHaveLength(2);
  });
});

describe('parseQuery: malformed input never throws and keeps what it can', () => {
  it.each(['', '   ', '!', '|', '| |', '"', "'", '^', '$', '^$', 'in:', 'by:', 'in:nowhere', '!!', '"" kim', '!"', '|kim|'])(
    '%j',
    (q) => {
      expect(() => parseQuery(q)).not.toThrow();
    },
  );

  it('a lone ! or | and empty operators leave no empty terms or branches', () => {
    expect(terms('! kim |')).toEqual([[{ kind: 'word', value: 'kim' }]]);
    expect(terms('| | ^ $')).toEqual([]);
    expect(parseQuery('!').warnings.length).toBe(1);
  });

  it('an unknown in: place is reported, not searched', () => {
    const parsed = parseQuery('in:nowhere kim');
    expect(parsed.kinds).toEqual([]);
    expect(parsed.warnings[0]).toMatch(/nowhere/);
  });
});

describe('QUERY_SYNTAX_HELP', () => {
  it('mentions every operator in short lines', () => {
    for (const op of ['"', "'", '^', '$', '!', '|', 'in:quotes', 'in:headlines', 'in:entities', 'in:text', 'by:', 'outlet:']) {
      expect(QUERY_SYNTAX_HELP).toContain(op);
    }
    for (const line of QUERY_SYNTAX_HELP.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
