// A long unbroken string (an embedded base64 blob, a data: URL) must not stall extraction: wink's
// tokenizer backtracks on it, so without the blanking these tests run until vitest's timeout.
import { describe, expect, it } from 'vitest';
import { entitiesOfText } from '../../../src/analysis/entities';
import { tokenize } from '../../../src/analysis/entities/tokens';

const blob = (n: number): string => 'QUJD'.repeat(Math.ceil(n / 4)).slice(0, n - 1) + '.';

describe('long unbroken strings', () => {
  it('tokenizes around a 200,000-character token with offsets into the original text', () => {
    const text = `Governor Tomas Velkorin posted data:image/png;base64,${blob(200_000)} and then Ilse Marquant replied.`;
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Marquant');
    expect(tokens.some((t) => t.text.length > 64)).toBe(false);
  });

  it('still finds the names around the blob', () => {
    const text = `Governor Tomas Velkorin visited Kelmart. ${blob(200_000)} Later, Mr. Velkorin met Ilse Marquant, a spokeswoman.`;
    const entities = entitiesOfText(text);
    const tomas = entities.find((e) => e.name === 'Tomas Velkorin');
    expect(tomas?.type).toBe('person');
    expect(tomas?.mentions).toHaveLength(2);
    expect(entities.find((e) => e.name === 'Ilse Marquant')?.type).toBe('person');
    for (const e of entities) for (const m of e.mentions) expect(m.end - m.start).toBeLessThan(64);
  });

  it('keeps offsets right after a blank stretch longer than wink counts', () => {
    const text = `Ilse Marquant left.${' '.repeat(70_000)}\n\nLater, Governor Tomas Velkorin arrived.`;
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Velkorin');
  });
});
