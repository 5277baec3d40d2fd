// The coverage view as the frame draws it from a story: one column per distinct article (copies
// folded), headed by headline, and Enter on a cell opening that article at the entity's first mention.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../../src/analysis';
import { buildAlignContext } from '../../../../src/analysis/align';
import type { Corpus } from '../../../../src/corpus/types';
import { applyKey } from '../../../../src/ui/applyKey';
import { buildAnalysisData } from '../../../../src/ui/sources/analysis/data';
import { renderFrame } from '../../../../src/ui/frame';
import type { UiState } from '../../../../src/ui/state';
import { initialState } from '../../../../src/ui/state';
import { ACCORD_1, ACCORD_2, ACCORD_3, article, CHIPS, FOOTBALL } from '../../../analysis/align/fixtures';
import { screenOf } from '../drive';

describe('coverage of a story with a copy', async () => {
  const corpus: Corpus = {
    name: 'accord',
    problems: [],
    articles: [article('a1', ACCORD_1), article('a2', ACCORD_2), article('a1-copy', ACCORD_1), article('a3', ACCORD_3), article('f', FOOTBALL), article('c', CHIPS)],
  };
  const analysis = await analyseCorpus(corpus.articles);
  const searchCompare = { searchIndex: null, align: buildAlignContext(corpus.articles, analysis.entities) };
  const start: UiState = { ...initialState({ open: 0, focus: 'reader' }), analysis: { phase: 'ready', data: buildAnalysisData(corpus.articles, analysis) } };
  const keys = (names: string[]) => {
    let s = start;
    let frame = renderFrame({ corpus, state: s, cols: 120, rows: 30, searchCompare });
    for (const k of names) {
      s = applyKey(s, k, frame);
      frame = renderFrame({ corpus, state: s, cols: 120, rows: 30, searchCompare });
    }
    return { state: s, screen: screenOf(frame).join('\n') };
  };

  it('gives each distinct article one column headed by its headline, and counts the copy apart', () => {
    const { screen } = keys(['C']);
    expect(screen).toMatch(/Coverage of .* · 3 articles \(and 1 copy\)/);
    expect(screen).toMatch(/headline\s+Zorvan…\s+Brelia…\s+Quellpo…/);
    expect(screen).toContain('▸ Zorvan and Brelia sign fishing accord in Quellport');
  });

  it('opens the article of the cell at the first mention of the row’s entity', () => {
    // The first entity row (Ada Vell-Marin, whom a2 names once), second column (a2).
    const { state, screen } = keys(['C', 'l', 'enter']);
    expect(state).toMatchObject({ view: 'browse', open: 1, focus: 'reader' });
    expect(screen).toContain('Premier Ada Vell Marin of Zorvan');
    // A cell whose article does not name the row (a dot: Zorvan, the fifth row, in a1) opens nothing.
    const dot = keys(['C', 'j', 'j', 'j', 'j', 'enter']);
    expect(dot.screen).toMatch(/Zorvan\s+·\s+2\s+·/);
    expect(dot.state.view).toBe('coverage');
  });
});
