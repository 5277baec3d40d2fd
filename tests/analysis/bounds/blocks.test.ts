// One article's analysis is bounded: cut into blocks at paragraph or sentence starts, and limited
// to MAX_ANALYSED_CHARS, with spans that map back to the article exactly.
import { describe, expect, it } from 'vitest';
import { analysisPlan, BLOCK_CHARS, blockArticle, MAX_ANALYSED_CHARS } from '../../../src/analysis/blocks';
import { articleFromText, seedCorpus } from '../../helpers/corpus';

/** Paragraphs of ordinary sentences, `n` of them. */
function prose(n: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i++) {
    paragraphs.push(`Minister Ana Rivas spoke in Lisbon on day ${i}. "We will keep going," she said. The talks went on.`);
  }
  return `A long report\n\n${paragraphs.join('\n\n')}\n`;
}

describe('analysisPlan', () => {
  it('analyses an ordinary article whole', () => {
    for (const a of seedCorpus().articles) {
      expect(analysisPlan(a)).toEqual({ blocks: [{ start: 0, end: a.text.length }], limited: null });
      expect(blockArticle(a, analysisPlan(a).blocks[0])).toBe(a);
    }
  });

  it('cuts a long article into consecutive blocks at sentence starts, none longer than BLOCK_CHARS', () => {
    const a = articleFromText(prose(600));
    expect(a.text.length).toBeGreaterThan(5 * BLOCK_CHARS);
    const { blocks, limited } = analysisPlan(a);
    expect(limited).toBeNull();
    expect(blocks[0].start).toBe(0);
    expect(blocks[blocks.length - 1].end).toBe(a.text.length);
    const starts = new Set(a.sentences.map((s) => s.start));
    for (let i = 0; i < blocks.length; i++) {
      expect(blocks[i].end - blocks[i].start).toBeLessThanOrEqual(BLOCK_CHARS);
      if (i > 0) {
        expect(blocks[i].start).toBe(blocks[i - 1].end);
        expect(starts.has(blocks[i].start)).toBe(true);
      }
    }
  });

  it('gives each block its own text with paragraphs and sentences shifted into it', () => {
    const a = articleFromText(prose(300));
    for (const block of analysisPlan(a).blocks) {
      const b = blockArticle(a, block);
      expect(b.text).toBe(a.text.slice(block.start, block.end));
      const original = a.sentences.filter((s) => s.start >= block.start && s.end <= block.end).map((s) => a.text.slice(s.start, s.end));
      expect(b.sentences.map((s) => b.text.slice(s.start, s.end))).toEqual(original);
      for (const p of b.paragraphs) expect(p.end).toBeLessThanOrEqual(b.text.length);
    }
  });

  it('limits a 5,000,000-character line without blanks, cutting it into bounded blocks', () => {
    const a = articleFromText(`A headline\n\n${'x'.repeat(5_000_000)}\n`);
    const { blocks, limited } = analysisPlan(a);
    expect(limited).not.toBeNull();
    expect(limited!.analysedChars).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(limited!.analysedChars).toBeGreaterThan(MAX_ANALYSED_CHARS - BLOCK_CHARS);
    expect(limited!.reason).toMatch(/longer than/);
    expect(blocks[blocks.length - 1].end).toBe(limited!.analysedChars);
    for (const b of blocks) expect(b.end - b.start).toBeLessThanOrEqual(BLOCK_CHARS);
  });

  it('never cuts a block inside a surrogate pair', () => {
    const a = articleFromText(`Emoji\n\n${'😀'.repeat(20_000)}\n`);
    for (const b of analysisPlan(a).blocks) {
      const first = a.text.charCodeAt(b.start);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });
});
