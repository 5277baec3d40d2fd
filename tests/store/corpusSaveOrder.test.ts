// The corpus's merged entities are written to the corpus cache while the quotes are found, not
// before: with a worker pool, the workers waited for this thread's slices of writing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusCache } from '../../src/store/corpusCache';
import { analyseWithCache } from '../../src/store/cachedAnalysis';
import { openEntityCache } from '../../src/store/entityCache';
import { seedCorpus } from '../helpers/corpus';

describe('the corpus cache of an analysis', () => {
  it('is given the entities to write while the quotes are found, and its warning is kept', { timeout: 60_000 }, async () => {
    const events: string[] = [];
    let quotesBegun!: () => void;
    const begun = new Promise<void>((resolve) => (quotesBegun = resolve));
    // Without the quotes under way the write ends anyway, much later, so a run that waits for it first ends too.
    const later = new Promise<void>((resolve) => setTimeout(resolve, 20_000).unref());
    const corpus: CorpusCache = {
      key: 'k',
      warnings: [],
      entities: () => Promise.resolve(null),
      quotes: () => Promise.resolve(null),
      stories: () => Promise.resolve(null),
      save: (async (product: string) => {
        if (product !== 'entities') return null;
        await Promise.race([begun, later]);
        events.push('entities written');
        return 'the entities could not be written';
      }) as CorpusCache['save'],
    };
    const dir = mkdtempSync(join(tmpdir(), 'rknews-order-'));
    const out = await analyseWithCache(
      seedCorpus().articles,
      (_done, _total, stage) => {
        if (stage === 'quotes' && !events.includes('quotes begun')) {
          events.push('quotes begun');
          quotesBegun();
        }
      },
      () => openEntityCache(join(dir, 'entities')),
      undefined,
      { openCorpus: () => corpus, env: { RKNEWS_WORKERS: '0' } },
    );
    expect(events).toEqual(['quotes begun', 'entities written']);
    expect(out.warnings).toContain('the entities could not be written');
    expect(out.analysis.quotes.length).toBeGreaterThan(0);
  });
});
