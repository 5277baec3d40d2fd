import { describe, expect, it } from 'vitest';
import { contextCues, previousWord } from '../../../src/analysis/entities/contextCues';

// The regex previousWord replaces: the word before a mention is what it captures.
const byRegex = (text: string): string => /([\p{L}.]+)\s*$/u.exec(text)?.[1] ?? '';

describe('previousWord', () => {
  it('reads the letters and dots before trailing spaces, as the regex did', () => {
    const parts = ['Mr.', ' ', '  ', '\n', '\u00a0', '\u3000', 'striker', 'Zoë', '𝐀𝐁', '\ud835', ',', '(', '42', '-', 'ß', '…', '.', '\t'];
    const texts = [''];
    for (const a of parts) for (const b of parts) for (const c of parts) texts.push(a + b + c);
    for (const text of texts) expect(previousWord(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it('gives nothing when the text ends in a sign that is no letter', () => {
    expect(previousWord('said Mr. Smith,')).toBe('');
    expect(previousWord('the carmaker ')).toBe('carmaker');
  });
});

describe('contextCues', () => {
  it('takes a title before a mention as a person cue and a company noun as an organisation cue', () => {
    const text = 'Mr. Smith met carmaker Zeltron.';
    expect(contextCues(text, { start: 4, end: 9 }).person).toBe(1);
    expect(contextCues(text, { start: 23, end: 30 }).organization).toBe(1);
  });
});
