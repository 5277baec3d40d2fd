import { describe, expect, it } from 'vitest';
import { quoteCitation } from '../../src/analysis/cite';
import type { Quote } from '../../src/analysis/types';
import type { Article } from '../../src/corpus/types';
import { makeArticle } from '../ui/fixtures';

const quote = (text: string, speaker: string | null): Quote => ({
  id: 'q1',
  article: 'a',
  span: { start: 0, end: text.length },
  text,
  speaker: speaker ? { name: speaker } : null,
});

describe('quoteCitation', () => {
  it('cites speaker, headline, outlet, date and URL, with the trailing comma out of the quotation marks', () => {
    const article: Article = { ...makeArticle({ id: 'a', headline: 'Port talks resume', outlet: 'Harbour Times', date: '2024-05-02', paragraphs: ['x'] }), url: 'https://example.org/port' };
    expect(quoteCitation(quote('We will never accept the resolutions,', 'John Kirby'), article)).toBe(
      '“We will never accept the resolutions” — John Kirby, “Port talks resume”, Harbour Times, 2024-05-02, https://example.org/port',
    );
  });

  it('leaves out what is unknown, and a headline made from the text', () => {
    const base = makeArticle({ id: 'a', headline: 'Officials said on Tuesday that…', paragraphs: ['x'] });
    const derived: Article = { ...base, headline: { value: base.headline.value, from: 'derived' } };
    expect(quoteCitation(quote('It is over.', null), derived)).toBe('“It is over.”');
    expect(quoteCitation(quote('It is over.', null), base)).toBe('“It is over.” — “Officials said on Tuesday that…”');
  });
});
