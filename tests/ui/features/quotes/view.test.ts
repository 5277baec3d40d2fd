import { describe, expect, it } from 'vitest';
import { initialQuotes } from '../../../../src/ui/features/quotes/state';
import { quotesLines } from '../../../../src/ui/features/quotes/view';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { featureData } from '../fixtures';

const text = (lines: ReturnType<typeof quotesLines>) => lines.map((l) => l.map((s) => s.text).join('').trimEnd());
const ready = { phase: 'ready' as const, data: featureData() };
const rect = (width: number, height: number) => ({ top: 1, left: 0, width, height });

describe('the Quotes view', () => {
  it('shows each quote as “text” — Speaker · headline · outlet · date, with a filter line above', () => {
    const lines = text(quotesLines({ analysis: ready, quotes: initialQuotes, rect: rect(120, 10) }));
    expect(lines[0]).toMatch(/^ \/ to filter +3 quotes · all speakers \(s\)$/);
    expect(lines[1]).toMatch(/^─+$/);
    expect(lines[2]).toBe('▌ “This bridge joins two halves of one city,” — Ada Brook · Mayor Ada Brook opens the harbour bridge · Harbour Times ·');
    expect(lines[3]).toBe('▌ 2024-05-02');
    expect(lines[4]).toBe('  “traffic will ease within a month” — Ada Brook · Mayor Ada Brook opens the harbour bridge · Harbour Times ·');
    expect(lines[6]).toBe('  “We expected this,” — unattributed · Port Authority counts the cost · unknown outlet · undated');
  });

  it('shows the chosen quote whole, the others in two rows with the headline cut to leave the quotation room', () => {
    const lines = text(quotesLines({ analysis: ready, quotes: { ...initialQuotes, cursor: 1 }, rect: rect(30, 12) }));
    expect(lines.slice(2)).toEqual([
      '  “This bridg…” — Ada Brook ·',
      '  Harbour Times · 2024-05-02',
      '▌ “traffic will ease within a',
      '▌ month” — Ada Brook · Mayor',
      '▌ Ada Brook opens the harbour',
      '▌ bridge · Harbour Times ·',
      '▌ 2024-05-02',
      '  “We expect…” — unattributed',
      '  · unknown outlet · undated',
      '',
    ]);
  });

  it('shortens a quote that is not chosen to two rows, keeping its attribution, and fits every line to the width', () => {
    for (const width of [30, 45, 60, 80]) {
      const lines = quotesLines({ analysis: ready, quotes: initialQuotes, rect: rect(width, 12) });
      for (const l of lines) expect(displayWidth(l.map((s) => s.text).join(''))).toBeLessThanOrEqual(width);
      const t = text(lines);
      expect(t.length).toBe(12);
      // The chosen (first) quote is whole; the second is cut to two rows, its date kept.
      const second = t.findIndex((l) => l.startsWith('  “'));
      if (width < 60) expect(t[second] + t[second + 1]).toContain('…”');
      expect(t[second + 1]).toContain('2024-05-02');
    }
  });

  it('shows the cursor on the chosen quote and scrolls to keep it in view', () => {
    const lines = text(quotesLines({ analysis: ready, quotes: { ...initialQuotes, cursor: 2 }, rect: rect(120, 6) }));
    // Two quotes fit; the third is chosen, so the list starts at the second.
    expect(lines[2]).toContain('traffic will ease');
    expect(lines[4]).toBe('▌ “We expected this,” — unattributed · Port Authority counts the cost · unknown outlet · undated');
  });

  it('shows the typed filter and what it leaves', () => {
    const lines = text(quotesLines({ analysis: ready, quotes: { ...initialQuotes, query: 'expected', applied: 'expected', typing: true }, rect: rect(80, 8) }));
    expect(lines[0]).toMatch(/^ \/ expected▏ +1 of 3 quotes/);
    expect(lines[2]).toContain('We expected this');
    const none = text(quotesLines({ analysis: ready, quotes: { ...initialQuotes, query: 'zzzz', applied: 'zzzz' }, rect: rect(80, 8) }));
    expect(none[2]).toBe('  No quote matches the filter.');
  });

  it('says the analysis is running until it is ready', () => {
    const lines = text(quotesLines({ analysis: { phase: 'waiting' }, quotes: initialQuotes, rect: rect(80, 8) }));
    expect(lines.join('\n')).toContain('analysing…');
  });
});
