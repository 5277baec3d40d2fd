import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../../src/analysis';
import type { Analysis } from '../../../../src/analysis/types';
import { buildSearchIndex } from '../../../../src/search';
import type { SearchIndex, Snippet } from '../../../../src/search/types';
import { buildAnalysisData } from '../../../../src/ui/sources/analysis/data';
import { resultsFor } from '../../../../src/ui/features/search/results';
import { initialSearchState } from '../../../../src/ui/features/search/state';
import { searchViewLines, snippetSegments } from '../../../../src/ui/features/search/view';
import { renderFrame } from '../../../../src/ui/frame';
import type { Line } from '../../../../src/ui/shared/lines';
import { applyKey } from '../../../../src/ui/applyKey';
import type { UiState } from '../../../../src/ui/state';
import { initialState } from '../../../../src/ui/state';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { lineOfOffset } from '../../../../src/ui/shared/articleDocument';
import { seedCorpus } from '../../../helpers/corpus';

const text = (l: Line) => l.map((s) => s.text).join('');
const rect = (width: number, height: number) => ({ top: 1, left: 0, width, height });

let analysis: Analysis;
let index: SearchIndex;
beforeAll(async () => {
  analysis = await analyseCorpus(seedCorpus().articles);
  index = buildSearchIndex(seedCorpus().articles, analysis);
});

describe('results as the screen lists them', () => {
  it('lists every matching article, each ranked only when the screen reaches it', () => {
    const results = resultsFor(index, 'korea');
    expect(results.count).toBe(seedCorpus().articles.length);
    const seen = Array.from({ length: results.count }, (_, i) => results.entry(i).article);
    expect(new Set(seen).size).toBe(results.count);
    // The reader walks an article's hits in text order.
    const starts = results.inArticle(results.entry(0).index).map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBeGreaterThan(1);
  });
});

describe('the search screen', () => {
  it("puts Kim's quote first for a misspelt query, with kind, speaker and the matched words highlighted", () => {
    const state = { ...initialSearchState(), query: 'unconditonal suport' };
    const results = resultsFor(index, state.query);
    expect(results.best(0)!.kind).toBe('quote');
    for (const width of [80, 120]) {
      const lines = searchViewLines({ articles: seedCorpus().articles, state, results, note: null, rect: rect(width, 20) });
      expect(lines).toHaveLength(20);
      for (const l of lines) expect(displayWidth(text(l))).toBe(width);
      expect(text(lines[0])).toContain('/ unconditonal suport');
      expect(text(lines[1])).toMatch(/\d+ articles?, best first/);
      expect(text(lines[2])).toContain(seedCorpus().articles[results.entry(0).index].headline.value.slice(0, 20));
      const first = lines[3];
      expect(text(first)).toContain('quote');
      expect(text(first)).toContain('— Kim Jong Un');
      const matched = first.filter((s) => s.style?.underline).map((s) => s.text);
      expect(matched).toEqual(['unconditional', 'support']);
      // The chosen row stands out.
      expect(first.every((s) => s.style?.inverse)).toBe(true);
    }
  });

  it('says what it is doing when there is no index, no query or no match', () => {
    const articles = seedCorpus().articles;
    const at = (query: string, withIndex: boolean) =>
      text(searchViewLines({ articles, state: { ...initialSearchState(), query }, results: withIndex ? resultsFor(index, query) : null, note: null, rect: rect(100, 10) })[1]);
    expect(at('kim', false)).toContain('building the search index');
    expect(at('', true)).toContain('type to search');
    expect(at('zzzqqqxxx', true)).toContain('no matches');
  });

  it('cuts a long passage around its first match, with ellipses', () => {
    const long = 'word '.repeat(40) + 'needle ' + 'word '.repeat(40);
    const start = 1000;
    const at = start + long.indexOf('needle');
    const h: Snippet = { kind: 'text', text: long, start, end: start + long.length, highlights: [{ start: at, end: at + 6 }], textHighlights: [{ start: at - start, end: at - start + 6 }] };
    const segs = snippetSegments(h, 40);
    const t = segs.map((s) => s.text).join('');
    expect(displayWidth(t)).toBe(40);
    expect(t.startsWith('…')).toBe(true);
    expect(t.endsWith('…')).toBe(true);
    expect(segs.filter((s) => s.style?.underline).map((s) => s.text)).toEqual(['needle']);
  });
});

describe('search in the frame', () => {
  it('opens the chosen hit in the reader with every hit of the query marked, the current one stronger', () => {
    const corpus = seedCorpus();
    const sources = { searchIndex: index, align: null };
    const data = buildAnalysisData(corpus.articles, analysis);
    let state: UiState = { ...initialState(), analysis: { phase: 'ready', data } };
    let frame = renderFrame({ corpus, state, cols: 120, rows: 40, searchCompare: sources });
    for (const k of ['/', ...'putin'].concat('enter')) {
      state = applyKey(state, k, frame);
      frame = renderFrame({ corpus, state, cols: 120, rows: 40, searchCompare: sources });
    }
    expect(state.view).toBe('browse');
    expect(state.search.opened).not.toBeNull();
    const segments = frame.lines.flat();
    const current = segments.filter((s) => s.style?.bold && s.style?.inverse && s.style?.color === 'yellow');
    expect(current.map((s) => s.text.toLowerCase()).join(' ')).toContain('putin');
    const opened = state.search.opened!;
    const hits = frame.viewport.search!.hitsIn(opened.article);
    expect(hits.length).toBeGreaterThan(1);
    state = applyKey(state, 'n', frame);
    const next = (opened.hit + 1) % hits.length;
    expect(state.search.opened).toEqual({ article: opened.article, hit: next });
    // The next hit is on screen.
    const line = lineOfOffset(frame.viewport.readerDoc!(opened.article), hits[next]);
    expect(line).toBeGreaterThanOrEqual(state.readerTop);
    expect(line).toBeLessThan(state.readerTop + frame.viewport.readerRows);
  });
});

describe('query warnings', () => {
  it('the summary row says which part of the query was ignored', () => {
    const corpus = seedCorpus();
    const sources = { searchIndex: index, align: null };
    let state = initialState();
    let frame = renderFrame({ corpus, state, cols: 120, rows: 30, searchCompare: sources });
    for (const k of ['/', ...'in:nowhere kim']) {
      state = applyKey(state, k === ' ' ? 'space' : k, frame);
      frame = renderFrame({ corpus, state, cols: 120, rows: 30, searchCompare: sources });
    }
    expect(text(frame.lines[2])).toContain('in:nowhere is not a place to search');
  });
});
