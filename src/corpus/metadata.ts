// Metadata the text states outright: full dates (in record fields or a labelled line at the top)
// and a closing source tag such as "(Yonhap)". Nothing is guessed: a relative day ("Wednesday")
// or a partial date ("Feb 26") is no date, and a date mentioned in the body is not the article's.
import type { Span } from './types';

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** A clock time and zone after a date ("15:01:01", "10:30 a.m. GMT", "T09:00:00+09:00"). */
const TIME = '(?:(?:[T ]|,?\\s+(?:at\\s+)?)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|\\(?[A-Z]{2,5}\\)?)?)?';

type DateOrder = 'ymd' | 'mdy' | 'dmy';
/** Date shapes, each anchored at the start; the time is matched but ignored (the stated day is kept). */
const DATE_SHAPES: { re: RegExp; order: DateOrder }[] = [
  { re: new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}`, 'i'), order: 'ymd' },
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME}`, 'i'), order: 'mdy' },
  { re: new RegExp(`^${WEEKDAY}${DAY}(?:\\s+|-)${MONTH},?(?:\\s+|-)(\\d{4})${TIME}`, 'i'), order: 'dmy' },
];

/** A date at the start of `s`: its ISO day and how many characters it took, or null. */
function matchDateAt(s: string): { iso: string; length: number } | null {
  for (const { re, order } of DATE_SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const [a, b, c] = [m[1], m[2], m[3]];
    const [y, mo, d] =
      order === 'ymd' ? [+a, +b, +c] : order === 'mdy' ? [+c, monthOf(a), +b] : [+c, monthOf(b), +a];
    const iso = isoDay(y, mo, d);
    if (iso) return { iso, length: m[0].length };
  }
  return null;
}

/**
 * A stated date ("2023-09-14", "1987-02-26T15:01:01", "September 14, 2023", "14 Sep 2023",
 * "Thu, 14 Sep 2023 10:00:00 GMT", "26-FEB-1987 15:01:01.79") as `YYYY-MM-DD`; null when it
 * does not parse as one full, real calendar day. Numeric day/month orders are ambiguous and refused.
 */
export function normaliseDate(stated: string): string | null {
  const s = stated.trim();
  const m = matchDateAt(s);
  return m && m.length === s.length ? m.iso : null;
}

function monthOf(name: string): number {
  return MONTH_NUMBER[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_LABEL = /^(?:dated?|published(?:\s+on)?|posted(?:\s+on)?|first\s+published|updated|last\s+updated)\b\s*[:\-–—]?[^\S\n]*/i;

/** Characters at a line's start that can hold a date label and a date. */
const DATE_LINE_HEAD = 200;

/** A metadata prefix at the top of the text: where it ends, and the date it states (if any). */
export interface DateLine {
  date: string | null;
  /** Offset just after the metadata (and the spaces after it): the rest of the line, if any, is content. */
  end: number;
}

/**
 * A leading date stated as metadata, at `lineStart`: a labelled date (`date 2023-09-14`,
 * `Published: September 14, 2023`) possibly followed by more text on the same line, or a line
 * that is nothing but a date. A labelled line whose value is not a full date ("Date: Wednesday")
 * is still metadata, with no date.
 */
export function readDateLine(text: string, lineStart: number): DateLine | null {
  // A date and its label fit in the line's start. Reading the whole of a long line here (even
  // to find its end), once for each of many date prefixes on it, was quadratic.
  const head = text.slice(lineStart, lineStart + DATE_LINE_HEAD);
  const newline = head.indexOf('\n');
  const line = newline === -1 ? head : head.slice(0, newline);
  const label = DATE_LABEL.exec(line);
  const valueAt = label ? label[0].length : 0;
  const date = matchDateAt(line.slice(valueAt));
  if (date) {
    const restAt = lineStart + valueAt + date.length;
    // A bare date must stand alone on its line.
    BLANK_TO_LINE_END.lastIndex = restAt;
    if (!label && !BLANK_TO_LINE_END.test(text)) return null;
    const separator = /^[\s|·•,;–—-]*/.exec(line.slice(valueAt + date.length))![0].length;
    return { date: date.iso, end: restAt + separator };
  }
  const lineEnd = newline === -1 ? lineStart + head.length : lineStart + newline;
  // (A line this short ends inside the head.)
  if (label && /:/.test(label[0]) && line.length <= 60) return { date: null, end: lineEnd };
  return null;
}

/** Blanks up to the end of the line or text (sticky: tried at lastIndex only). */
const BLANK_TO_LINE_END = /[^\S\n]*(?:\n|$)/y;

/** Wire-service sign-offs written as a bare word at the end of the copy, and the outlet they name. */
const SIGN_OFFS: Record<string, string> = { REUTER: 'Reuters', REUTERS: 'Reuters' };

/** Words that make a closing parenthesis a credit or a note rather than a source tag. */
const NOT_A_SOURCE = /\b(?:by|photo|photos|image|images|pictures?|reporting|editing|writing|file|via|and|with|see|sic|end|more|updated|corrected|continued)\b|\d/i;

/** A closing source tag: the outlet it names and where it starts. */
export interface SourceTag {
  outlet: string;
  start: number;
}

/**
 * A source tag closing the text at `end`: `(Yonhap)`, `(AP)`, `(Reuters)` after the last sentence,
 * or a wire sign-off (`REUTER`, in any case) standing on its own. A parenthesis that follows a word
 * ("the Securities Commission (SEC)") is part of the sentence, not a tag; so is a longer name
 * closing a table ("(Electro Scientific Industries)"): agency tags are one or two words.
 */
export function findClosingSourceTag(text: string, range: Span): SourceTag | null {
  const offset = Math.max(range.start, range.end - 80);
  const tail = text.slice(offset, range.end).trimEnd();
  const paren = /([.!?"”’)\]]|\n)[^\S\n]*\(([^()\n]{1,30})\)$/.exec(tail);
  if (paren) {
    const name = paren[2].trim();
    const words = name.split(/\s+/);
    if (/^\p{Lu}/u.test(name) && words.length <= 2 && !NOT_A_SOURCE.test(name)) {
      const start = offset + paren.index + paren[1].length;
      return { outlet: name, start: skipSpace(text, start) };
    }
  }
  // A sign-off stands on its own: on its own line, after a sentence, or set off by spaces.
  // "... told Reuters." names a source in a sentence and is not one.
  const signOff = /(?:\n|[.!?"”’)]\s|\s{2})[^\S\n]*(\p{L}{2,10})\.*$/u.exec(tail);
  const signed = signOff && SIGN_OFFS[signOff[1].toUpperCase()];
  if (signed) return { outlet: signed, start: offset + signOff.index + signOff[0].search(/\p{L}/u) };
  return null;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}
