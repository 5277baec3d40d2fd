// c from the reader says when the article is a copy of another, and compares it with another source.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/corpus/types';
import { App } from '../../../../src/ui/App';
import { initialState } from '../../../../src/ui/state';
import { article, ACCORD_1, ACCORD_2, CHIPS, FOOTBALL } from '../../../analysis/align/fixtures';
import { until } from '../../helpers';

afterEach(() => cleanup());

describe('c on an article with a copy', () => {
  it('says "identical to" the copy and compares with the most similar other source', async () => {
    const corpus: Corpus = {
      name: 'dups',
      problems: [],
      articles: [article('politics-1', ACCORD_1), article('politics-2', ACCORD_1), article('other', ACCORD_2), article('f', FOOTBALL), article('c', CHIPS)],
    };
    const { stdin, lastFrame } = render(<App corpus={corpus} size={{ cols: 120, rows: 30 }} initial={initialState({ open: 0, focus: 'reader' })} />);
    stdin.write('c');
    await until(() => expect(lastFrame()).toMatch(/\d+ same · \d+ overlap/), 3000);
    expect(lastFrame()).toContain('identical to politics-2');
    // The right-hand column is the other report (its headline), not the copy.
    expect(lastFrame()).toContain('Brelia opens its waters');
  });
});
