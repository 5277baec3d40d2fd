// Any text, however mangled its quotation marks, yields well-formed quotes and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes';
import { articleFromText } from '../../helpers/corpus';

const pieces = fc.constantFrom(
  '"', '“', '”', '«', '»', '’', "'", ' ', '\n', '\n\n', ',', '.', ':', 'said', ' said ', 'he', ' Smith', 'Mr',
  'according to', ' the report', 'it', 'Ana Brill', 'told', 'We win', 'they', 'the minister', '—',
);
const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

describe('extractQuotes on arbitrary text', () => {
  it('returns quotes whose spans hold their text inside marks, with unique ids', () => {
    fc.assert(
      fc.property(texts, (body) => {
        const article = articleFromText(`Headline\n\n${body}`, 'p');
        const quotes = extractQuotes(article, []);
        const ids = new Set(quotes.map((q) => q.id));
        expect(ids.size).toBe(quotes.length);
        for (const q of quotes) {
          expect(q.span.start).toBeGreaterThan(0);
          expect(q.span.end).toBeGreaterThan(q.span.start);
          expect(article.text.slice(q.span.start, q.span.end)).toBe(q.text);
          expect('"“«„').toContain(article.text[q.span.start - 1]);
          if (q.cue) expect(q.cue.end).toBeGreaterThan(q.cue.start);
          if (q.speaker) expect(q.speaker.name.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
