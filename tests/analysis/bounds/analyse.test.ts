// Analysing one long article: bounded, reported as limited, offsets right, and it yields to the
// event loop between blocks and stops when asked.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../src/analysis';
import { MAX_ANALYSED_CHARS } from '../../../src/analysis/blocks';
import { articleFromText, seedCorpus } from '../../helpers/corpus';

/** The seed articles' bodies repeated to `chars` characters, as one article. */
function longArticle(chars: number, id = 'long') {
  const bodies = seedCorpus().articles.map((a) => a.text.slice(a.body.start, a.body.end)).join('\n\n');
  return articleFromText(`A long article\n\n${bodies.repeat(Math.ceil(chars / bodies.length)).slice(0, chars)}\n`, id);
}

// Each test analyses about 500,000 characters: seconds, more on a loaded machine.
describe('analysing a long article', { timeout: 120_000 }, () => {
  it('reports the article as limited and keeps every mention and quote on its text', async () => {
    const a = longArticle(MAX_ANALYSED_CHARS + 100_000);
    const { entities, quotes, limited } = await analyseCorpus([a]);
    expect(limited).toEqual([{ article: a.id, analysedChars: expect.any(Number), reason: expect.stringMatching(/longer than/) }]);
    const analysed = limited![0].analysedChars;
    expect(entities.length).toBeGreaterThan(5);
    expect(entities.find((e) => e.name === 'Vladimir Putin')?.mentions.length).toBeGreaterThan(100);
    for (const e of entities) {
      const forms = new Set([e.name, ...e.aliases].map((f) => f.replace(/\s+/g, ' ')));
      for (const m of e.mentions) {
        expect(m.span.end).toBeLessThanOrEqual(analysed);
        expect(forms.has(a.text.slice(m.span.start, m.span.end).replace(/\s+/g, ' '))).toBe(true);
      }
    }
    expect(quotes.length).toBeGreaterThan(20);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
    for (const q of quotes) expect(a.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('says nothing about limits for ordinary articles', async () => {
    expect((await analyseCorpus(seedCorpus().articles.slice(0, 2))).limited).toBeUndefined();
  });

  it('lets the event loop run between blocks of one article', async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    await analyseCorpus([longArticle(MAX_ANALYSED_CHARS)]);
    running = false;
    // Analysed as one unit, the article would let the loop turn once, at its end.
    expect(turns).toBeGreaterThan(3);
  });

  it('stops at its next yield when aborted, without finishing', async () => {
    const stop = new AbortController();
    const done: number[] = [];
    const run = analyseCorpus([longArticle(MAX_ANALYSED_CHARS)], {
      signal: stop.signal,
      onProgress: (n) => done.push(n),
    });
    setImmediate(() => stop.abort());
    await expect(run).rejects.toThrow();
    // Stopped in the middle of the one article: it was never reported done.
    expect(done.every((n) => n === 0)).toBe(true);
  });
});
