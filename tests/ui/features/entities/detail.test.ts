import { describe, expect, it } from 'vitest';
import { entityDocument } from '../../../../src/ui/features/entities/detail';
import { displayWidth } from '../../../../src/ui/shared/text/wrap';
import { featureData } from '../fixtures';

const text = (doc: ReturnType<typeof entityDocument>) => doc.lines.map((l) => l.map((s) => s.text).join('').trimEnd());

describe('the entity detail view', () => {
  const data = featureData();

  it('shows the name, type and counts, the aliases, and each article with its mentions, most first, each mention in its words', () => {
    const doc = entityDocument(data, 'person:ada-brook', 100);
    expect(text(doc)).toEqual([
      '  Ada Brook',
      '  person · 4 mentions in 2 articles',
      '',
      '  Also called: Brook',
      '',
      '  Mentions by article',
      '    3  Mayor Ada Brook opens the harbour bridge · Harbour Times · 2024-05-02',
      '      Ada Brook cut the ribbon on Tuesday. "This bridge joins two halves of one city," said Ada…',
      '      …joins two halves of one city," said Ada Brook. Paragraph 1. The delegation arrived on…',
      '      …trade and security remained open. Later, Brook told the Port Authority that "traffic will…',
      '    1  A quiet day in Lisbon · Daily Example · 2024-05-03',
      '      Nothing happened in Lisbon, where Ada Brook was once a student.',
    ]);
    // Each mention row opens its article at the mention; the mention itself is marked.
    expect(doc.targets.map((t) => [t.row, t.article])).toEqual([[7, 0], [8, 0], [9, 0], [11, 2]]);
    const marked = doc.lines[8].find((s) => s.text === 'Ada Brook');
    expect(marked?.style?.inverse).toBe(true);
    expect(text(entityDocument(data, 'place:lisbon', 100))[3]).toBe('  No other names.');
  });

  it('fits narrow widths', () => {
    for (const line of text(entityDocument(data, 'person:ada-brook', 30))) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });
});
