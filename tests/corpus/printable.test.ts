import { describe, expect, it } from 'vitest';
import { printable } from '../../src/corpus/sanitize';

describe('printable: a message quoting data, safe to print whole', () => {
  const message = `Unexpected token '\x1b', "{"version":1,"read":\x1b]0;TITLE\x07\x1b[2J}" is not valid JSON\n`;

  it('shows every control character escaped and keeps the rest, newline included', () => {
    expect(printable(message)).toBe(
      String.raw`Unexpected token '\x1b', "{"version":1,"read":\x1b]0;TITLE\x07\x1b[2J}" is not valid JSON` + '\n',
    );
  });

  it('leaves no byte a terminal would act on', () => {
    expect(printable(message)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('escapes C1 controls and bidi overrides, and keeps tabs and ordinary text as they are', () => {
    expect(printable('a\u009b31mb\u202Ec\td é 中')).toBe(String.raw`a\x9b31mb\u202ec` + '\td é 中');
  });
});
