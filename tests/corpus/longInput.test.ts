// Parsing is linear in the text's length whatever its shape: each of these inputs took time
// quadratic in its length before (many paragraphs without a full stop, a long run of symbols,
// many date prefixes on one line), so at these sizes they ran for minutes.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../helpers/corpus';

describe('long and odd inputs', () => {
  it('splits 200,000 list items without full stops into as many paragraphs and sentences', () => {
    const a = articleFromText(`Shopping list\n\n${'- item\n'.repeat(200_000)}`);
    expect(a.paragraphs).toHaveLength(200_000);
    expect(a.sentences).toHaveLength(200_000);
  });

  it('counts no words in a 300,000-character run of emoji', () => {
    const a = articleFromText(`Emoji wall\n\n${'😀'.repeat(150_000)} and two words`);
    expect(a.words).toBe(3);
  });

  it('reads the date of a line that repeats a date prefix 400,000 times', () => {
    const a = articleFromText(`${'date 2023-09-14 '.repeat(400_000)}\n\nBody text follows here.`);
    expect(a.date.value).toBe('2023-09-14');
  });
});
