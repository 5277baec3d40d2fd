// Article text goes straight to the terminal, so anything a terminal would act on is removed once,
// at load: escape sequences (7-bit and 8-bit forms), control characters and bidi overrides.
// One left-to-right pass with no backtracking keeps it linear on any input.

const ESC = 0x1b;
const BEL = 0x07;
const LF = 0x0a;
const TAB = 0x09;
const DEL = 0x7f;
const BOM = 0xfeff;
const C1_CSI = 0x9b;
const C1_OSC = 0x9d;
const C1_ST = 0x9c;
// 8-bit DCS, SOS, PM, APC: strings that run to ST.
const C1_STRINGS = new Set([0x90, 0x98, 0x9e, 0x9f]);
// The byte after ESC that opens the 7-bit forms of DCS (P), SOS (X), PM (^) and APC (_).
const ESC_STRINGS = new Set([0x50, 0x58, 0x5e, 0x5f]);

/** C0 controls but LF and TAB, DEL, C1 controls, bidi overrides and isolates. */
const CONTROL_CHAR = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]';
/** Anything the slow path would change; text without a match is returned as is. */
const NEEDS_WORK = new RegExp(`${CONTROL_CHAR}|^\\ufeff`);
const LEADING_BOMS = /^\ufeff+/;

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Index just past a CSI body starting at `i`: parameter and intermediate bytes, then one final byte. */
function skipCsiBody(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x3f) i++;
    else break;
  }
  // A malformed CSI (no final byte) ends where the malformation starts; that character is kept.
  if (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) i++;
  }
  return i;
}

/** Index just past a control string starting at `i`, ended by ST (ESC \ or U+009C), or BEL when allowed. */
function skipControlString(s: string, i: number, belEnds: boolean): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === C1_ST || (belEnds && c === BEL)) return i + 1;
    if (c === ESC && s.charCodeAt(i + 1) === 0x5c) return i + 2;
    i++;
  }
  return i; // unterminated: runs to the end of the input
}

/** Index just past an escape sequence whose ESC is at `i`. */
function skipEscape(s: string, i: number): number {
  const next = s.charCodeAt(i + 1); // NaN at the end of input
  if (next === 0x5b) return skipCsiBody(s, i + 2);
  if (next === 0x5d) return skipControlString(s, i + 2, true);
  if (ESC_STRINGS.has(next)) return skipControlString(s, i + 2, false);
  // ECMA-35 shape: intermediates 0x20-0x2F, then a final 0x30-0x7E (e.g. `ESC c`, `ESC ( B`).
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x20 && c <= 0x2f) j++;
    else break;
  }
  if (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x30 && c <= 0x7e) return j + 1;
  }
  return i + 1; // a lone ESC: drop it, keep what follows
}

/**
 * Text safe to print on a terminal: leading BOMs dropped, CRLF and lone CR turned into LF, escape
 * sequences (CSI, OSC, DCS/SOS/PM/APC, two-character ESC forms and their 8-bit C1 forms) removed
 * whole, remaining C0 controls except LF and TAB, DEL, C1 controls and bidi overrides/isolates
 * removed. The text around them is kept.
 */
export function sanitizeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  // Line ends first, so no CR remains for the loop. split/join: V8's regex replace is several times
  // slower when there are millions of matches.
  if (s.includes('\r')) s = s.split('\r\n').join('\n').split('\r').join('\n');
  let out = '';
  let i = 0;
  while (s.charCodeAt(i) === BOM) i++;
  let kept = i; // start of the run of characters not yet copied
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < DEL) {
      i++;
      continue;
    }
    if (c === LF || c === TAB) {
      i++;
      continue;
    }
    if (c > 0x9f && !isBidiControl(c)) {
      i++;
      continue;
    }
    if (i > kept) out += s.slice(kept, i);
    if (c === ESC) {
      i = skipEscape(s, i);
    } else if (c === C1_CSI) {
      i = skipCsiBody(s, i + 1);
    } else if (c === C1_OSC) {
      i = skipControlString(s, i + 1, true);
    } else if (C1_STRINGS.has(c)) {
      i = skipControlString(s, i + 1, false);
    } else {
      i++; // any other C0, DEL, C1 or bidi control
    }
    kept = i;
  }
  if (kept < s.length) out += s.slice(kept);
  // Removing a sequence can bring a BOM to the front; dropping it too keeps the function idempotent.
  return out.replace(LEADING_BOMS, '');
}

const CONTROL = new RegExp(CONTROL_CHAR, 'g');

function escapeControl(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/**
 * A message that quotes data or an error, safe to print whole: every control character, bidi
 * control and escape byte is shown as `\xNN` (or `\uNNNN`) instead of being acted on. Unlike
 * sanitizeText it removes nothing, so an unterminated escape sequence in a quoted file cannot
 * swallow the rest of the message or its newline. LF and TAB are kept.
 */
export function printable(s: string): string {
  return s.replace(CONTROL, escapeControl);
}
