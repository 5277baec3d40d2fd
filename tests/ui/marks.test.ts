import { describe, expect, it } from 'vitest';
import { markSegments } from '../../src/ui/shared/marks';
import { theme } from '../../src/ui/shared/theme';
import { readerLines } from '../../src/ui/features/reader/view';
import { makeArticle } from './fixtures';

describe('markSegments', () => {
  it('styles exactly the marked characters', () => {
    const text = 'before MARKED after';
    const segs = markSegments(text, { start: 0, end: text.length }, [{ span: { start: 7, end: 13 }, style: 'hit' }]);
    expect(segs.map((s) => s.text)).toEqual(['before ', 'MARKED', ' after']);
    expect(segs[1].style?.inverse).toBe(true);
    expect(segs[0].style).toBeUndefined();
  });

  it('lets a later mark win where marks overlap, over the base style', () => {
    const text = 'abcdef';
    const segs = markSegments(
      text,
      { start: 0, end: 6 },
      [
        { span: { start: 0, end: 4 }, style: 'person' },
        { span: { start: 2, end: 6 }, style: 'place' },
      ],
      theme.caption,
    );
    expect(segs.map((s) => [s.text, s.style?.color])).toEqual([
      ['ab', 'green'],
      ['cd', 'blue'],
      ['ef', 'blue'],
    ]);
    expect(segs.every((s) => s.style?.italic)).toBe(true);
  });
});

describe('reader marks across wrapped lines', () => {
  it('highlights exactly the span, split over several lines', () => {
    const paragraph = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const article = makeArticle({ id: 'm', headline: 'H', paragraphs: [paragraph] });
    const start = article.text.indexOf('three');
    const end = article.text.indexOf('twelve') + 'twelve'.length;
    const lines = readerLines({
      article,
      top: 0,
      rect: { top: 0, left: 0, width: 22, height: 20 },
      marks: [{ span: { start, end }, style: 'hit' }],
    });
    const highlighted = lines.flatMap((l) => l.filter((s) => s.style?.inverse).map((s) => s.text));
    expect(highlighted.length).toBeGreaterThan(1); // the span crosses line breaks
    expect(highlighted.join(' ')).toBe(article.text.slice(start, end));
  });
});
