// 1,000 random key sequences at random terminal sizes (with resizes along the way):
// nothing throws and every frame fits the terminal.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyseCorpus } from '../../src/analysis';
import { buildAlignContext } from '../../src/analysis/align';
import type { Corpus } from '../../src/corpus/types';
import { buildSearchIndex } from '../../src/search';
import type { AnalysisData } from '../../src/ui/sources/analysis/data';
import { buildAnalysisData } from '../../src/ui/sources/analysis/data';
import { readyData } from '../../src/ui/sources/analysis/state';
import type { SearchCompareSources } from '../../src/ui/sources/sources';
import { applyKey } from '../../src/ui/applyKey';
import { renderFrame } from '../../src/ui/frame';
import { GLOBAL_KEYS, KEYMAP } from '../../src/ui/keymap';
import type { UiState } from '../../src/ui/state';
import { initialState } from '../../src/ui/state';
import { displayWidth } from '../../src/ui/shared/text/wrap';
import { sampleCorpus } from './fixtures';

const bound = [...Object.values(KEYMAP).flat(), ...GLOBAL_KEYS].flatMap((b) => Object.keys(b.keys));
// Quitting ends a session early; keep it rare so sequences go deep.
const keys = [...new Set(bound)].filter((k) => k !== 'q' && k !== 'ctrl-c');
// Words of the fixtures, typed into the search prompt key by key, so queries find something.
const words = ['delegation', 'rocket', 'summit', 'paragraph 3', 'zzz'];
const step = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...keys, 'x', 'enter', 'escape').map((key) => ({ key })) },
  { weight: 1, arbitrary: fc.constantFrom(...words).map((word) => ({ word })) },
  { weight: 1, arbitrary: fc.record({ cols: fc.integer({ min: 1, max: 220 }), rows: fc.integer({ min: 1, max: 80 }) }) },
);
const corpora = [sampleCorpus(), sampleCorpus({ articles: 40, problems: [{ path: 'p', reason: 'r'.repeat(300), severity: 'warning' }] }), sampleCorpus({ articles: 0 })];
// Analysis-dependent keys (sidebar, filters, quotes) are exercised with the real analysis done.
const analysed = Promise.all(
  corpora.map(async (corpus): Promise<UiState> => ({
    ...initialState(),
    analysis: { phase: 'ready', data: buildAnalysisData(corpus.articles, await analyseCorpus(corpus.articles)) },
  })),
);

/** The search index and alignment context the App builds lazily, built up front here. */
function sourcesFor(corpus: Corpus, data: AnalysisData | null): SearchCompareSources {
  return { searchIndex: buildSearchIndex(corpus.articles, data?.analysis), align: buildAlignContext(corpus.articles, data?.analysis.entities ?? []) };
}

describe('the UI under random keys and sizes', () => {
  it('never throws and every frame fits the terminal', async () => {
    const starts = await analysed;
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...corpora.flatMap((corpus, i) => [
            { corpus, start: initialState(), sources: sourcesFor(corpus, null) },
            { corpus, start: starts[i], sources: sourcesFor(corpus, readyData(starts[i].analysis)) },
          ]),
        ),
        fc.integer({ min: 1, max: 220 }),
        fc.integer({ min: 1, max: 80 }),
        fc.array(step, { maxLength: 20 }),
        ({ corpus, start, sources }, cols0, rows0, steps) => {
          let size = { cols: cols0, rows: rows0 };
          let state = start;
          let frame = renderFrame({ corpus, state, ...size, searchCompare: sources });
          for (const s of steps) {
            if ('key' in s) state = applyKey(state, s.key, frame);
            else if ('word' in s) for (const c of s.word) state = applyKey(state, c === ' ' ? 'space' : c, frame);
            else size = s;
            frame = renderFrame({ corpus, state, ...size, searchCompare: sources });
            // Plain checks: an expect() per line would dominate the run time.
            if (frame.lines.length > size.rows) throw new Error(`${frame.lines.length} lines for ${size.rows} rows`);
            for (const line of frame.lines) {
              const width = displayWidth(line.map((x) => x.text).join(''));
              if (width > size.cols) throw new Error(`a line of ${width} columns for ${size.cols}`);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
