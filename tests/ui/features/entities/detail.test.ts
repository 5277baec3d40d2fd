import { describe, expect, it } from 'vitest';
import { entityDocument } from '../../../../src/ui/features/entities/detail';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { featureData } from '../fixtures';

const text = (lines: ReturnType<typeof entityDocument>) => lines.map((l) => l.map((s) => s.text).join(''));

describe('the entity detail view', () => {
  const data = featureData();

  it('shows the name, type and counts, the aliases, and each article with its mentions, most first', () => {
    expect(text(entityDocument(data, 'person:ada-brook', 100))).toEqual([
      '  Ada Brook',
      '  person · 4 mentions in 2 articles',
      '',
      '  Also called: Brook',
      '',
      '  Articles',
      '    3  Mayor Ada Brook opens the harbour bridge · Harbour Times · 2024-05-02',
      '    1  A quiet day in Lisbon · Daily Example · 2024-05-03',
    ]);
    expect(text(entityDocument(data, 'place:lisbon', 100))[3]).toBe('  No other names.');
  });

  it('fits narrow widths', () => {
    for (const line of text(entityDocument(data, 'person:ada-brook', 30))) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });
});
