import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/corpus/sanitize';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/corpus/${name}`, import.meta.url));

// Anything a terminal would act on: C0 except LF/TAB, DEL, C1, bidi overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeText: the issue fixture', () => {
  it('drops OSC title, CSI clear, 8-bit CSI, OSC 52 and DCS, keeping the words around them', () => {
    const text = sanitizeText(new TextDecoder().decode(readFileSync(fixture('escapes.txt'))));
    expect(text).toBe(
      'Headline one\n\nBefore titleafter title. Before clearafter clear. Before 8-bitafter 8-bit. ' +
        'Before clipboardafter clipboard. Before dcsafter dcs.\n',
    );
    expect(text).not.toMatch(CONTROL);
  });
});

describe('sanitizeText: escape sequences', () => {
  const cases: [string, string][] = [
    ['CSI, 7-bit', 'a\x1b[2Jb'],
    ['CSI with parameters and SGR', 'a\x1b[1;31mb'],
    ['CSI with private parameter', 'a\x1b[?1049hb'],
    ['CSI with an intermediate byte', 'a\x1b[1 qb'],
    ['CSI, 8-bit (U+009B)', 'a\u009b2Jb'],
    ['OSC ended by BEL', 'a\x1b]0;title\x07b'],
    ['OSC ended by ST (ESC \\)', 'a\x1b]8;;https://x.example\x1b\\b'],
    ['OSC 52 clipboard write', 'a\x1b]52;c;aGVsbG8=\x07b'],
    ['OSC, 8-bit (U+009D) ended by 8-bit ST (U+009C)', 'a\u009d0;title\u009cb'],
    ['OSC, 8-bit ended by BEL', 'a\u009d2;t\x07b'],
    ['DCS (ESC P)', 'a\x1bP1$r0m\x1b\\b'],
    ['SOS (ESC X)', 'a\x1bXstring\x1b\\b'],
    ['PM (ESC ^)', 'a\x1b^privacy\x1b\\b'],
    ['APC (ESC _)', 'a\x1b_Gf=100;AAAA\x1b\\b'],
    ['DCS, 8-bit (U+0090)', 'a\u0090q#0;2;0;0;0\u009cb'],
    ['SOS, 8-bit (U+0098)', 'a\u0098s\u009cb'],
    ['PM, 8-bit (U+009E)', 'a\u009ep\u009cb'],
    ['APC, 8-bit (U+009F)', 'a\u009fp\x1b\\b'],
    ['two-character ESC (RIS)', 'a\x1bcb'],
    ['two-character ESC (DECSC)', 'a\x1b7b'],
    ['ESC with intermediate (charset designation)', 'a\x1b(Bb'],
  ];
  it.each(cases)('%s is removed whole', (_name, input) => {
    expect(sanitizeText(input)).toBe('ab');
  });

  it('an unterminated OSC runs to the end of input', () => {
    expect(sanitizeText('kept\x1b]52;c;aGVsbG8= and everything after')).toBe('kept');
    expect(sanitizeText('kept\u009d0;title')).toBe('kept');
  });

  it('an unterminated DCS runs to the end of input, BEL does not end it', () => {
    expect(sanitizeText('kept\x1bPq\x07still inside')).toBe('kept');
  });

  it('an ESC inside a string that is not ST does not end it', () => {
    expect(sanitizeText('a\x1b]0;x\x1b[31my\x07b')).toBe('ab');
  });

  it('a lone ESC is dropped and the next character kept', () => {
    expect(sanitizeText('end\x1b')).toBe('end');
    expect(sanitizeText('a\x1b\u00e9b')).toBe('a\u00e9b');
    expect(sanitizeText('a\x1b\nb')).toBe('a\nb');
  });

  it('a CSI without a final byte ends where it breaks, keeping that character', () => {
    expect(sanitizeText('a\x1b[12\u00e9b')).toBe('a\u00e9b');
    expect(sanitizeText('a\x1b[12')).toBe('a');
  });
});

describe('sanitizeText: control characters and layout', () => {
  it('removes C0 controls except LF and TAB, and DEL', () => {
    expect(sanitizeText('a\x00b\x07c\x08d\x0be\x0cf\x1fg\x7fh\ti\nj')).toBe('abcdefgh\ti\nj');
  });

  it('removes every C1 control', () => {
    let c1 = '';
    for (let c = 0x80; c <= 0x9f; c++) if (![0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f].includes(c)) c1 += String.fromCharCode(c);
    expect(sanitizeText(`a${c1}b`)).toBe('ab');
  });

  it('removes bidi overrides and isolates, keeps the letters', () => {
    expect(sanitizeText('a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j')).toBe('abcdefghij');
  });

  it('turns CRLF and lone CR into LF and drops a leading BOM', () => {
    const text = sanitizeText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(fixture('crlf-bom.txt'))));
    expect(text).toBe('Title line\n\nFirst paragraph.\nOld Mac line\nend.\n');
  });

  it('keeps a U+FEFF that is not at the start, and ordinary Unicode', () => {
    expect(sanitizeText('\ufeffa\ufeffb \u00e9\u4e2d\u{1f600} \ufffd')).toBe('a\ufeffb \u00e9\u4e2d\u{1f600} \ufffd');
  });

  it('returns clean text unchanged', () => {
    const clean = 'Plain text.\n\n\tIndented, with "quotes" and \u2014 dashes.';
    expect(sanitizeText(clean)).toBe(clean);
  });
});

describe('sanitizeText: properties', () => {
  const nasty = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\x1b', '[', ']', '\\', '\x07', '\u009b', '\u009c', '\u009d', '\u0090', '\r', '\n', '\t', 'P', '_', '^', 'X', ';', '0', 'm', '\u202e', '\ufeff'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 200,
  });

  it('never leaves a control character, CR or escape in its output', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = sanitizeText(s);
        expect(out).not.toMatch(CONTROL);
        expect(out.startsWith('\ufeff')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const once = sanitizeText(s);
        expect(sanitizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text without controls alone', () => {
    const plain = fc.string({ unit: 'grapheme', maxLength: 100 }).filter((s) => !CONTROL.test(s) && !s.startsWith('\ufeff'));
    fc.assert(
      fc.property(plain, (s) => {
        expect(sanitizeText(s)).toBe(s);
      }),
    );
  });
});
