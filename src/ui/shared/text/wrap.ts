// Word wrapping by display width (CJK and emoji take two columns) that keeps text offsets,
// so styling given as spans of the article text (entities, quotes, search hits) can be
// applied to the wrapped lines exactly. Time is linear in the text's length, however long
// its words: a run without blanks is cut between graphemes by width.
import stringWidth from 'string-width';
import type { Span } from '../../../corpus/types';
import { forEachGrapheme, NARROW_CHARS } from './graphemes';
import { screenText } from './safe';

// Characters one column wide for string-width as for terminals: printable Latin (soft hyphen
// excluded), general punctuation (dashes, quotes, bullet, ellipsis; not the zero-width or
// line-separator ones), arrows and box drawing. Measuring them by length is much faster.
const NARROW = new RegExp(`^[${NARROW_CHARS}]*$`);
const allNarrow = (text: string) => NARROW.test(text);

// string-width is exact but slow (tens of microseconds a call), and splitting into graphemes
// is not free either; a string's width never changes, and frames repeat the same strings,
// so widths of short strings are remembered (the caches are emptied when they grow large).
const graphemeWidths = new Map<string, number>();
const textWidths = new Map<string, number>();
const MAX_CACHED = 20_000;
/** Longer strings are measured each time: a cache of article-sized keys would hold megabytes. */
const MAX_CACHED_LENGTH = 1_000;

/** One grapheme's columns as printed (see screenText: emoji sequences are shown as plain emoji). */
function graphemeWidth(g: string): number {
  if (allNarrow(g)) return g.length;
  let w = graphemeWidths.get(g);
  if (w === undefined) {
    w = stringWidth(screenText(g));
    if (graphemeWidths.size >= MAX_CACHED) graphemeWidths.clear();
    graphemeWidths.set(g, w);
  }
  return w;
}

/** Calls `visit` with each grapheme of text[from, to) and its width, until it returns false. */
function eachGraphemeWidth(text: string, from: number, to: number, visit: (start: number, end: number, width: number) => boolean | void): void {
  forEachGrapheme(text, from, to, (start, end, simple) => visit(start, end, simple || graphemeWidth(text.slice(start, end))));
}

/** Columns the text takes on screen once made safe (tabs and controls count as one column). */
export function displayWidth(text: string): number {
  if (allNarrow(text)) return text.length;
  const cacheable = text.length <= MAX_CACHED_LENGTH;
  let w = cacheable ? textWidths.get(text) : undefined;
  if (w === undefined) {
    let sum = 0;
    eachGraphemeWidth(text, 0, text.length, (_s, _e, gw) => void (sum += gw));
    w = sum;
    if (cacheable) {
      if (textWidths.size >= MAX_CACHED) textWidths.clear();
      textWidths.set(text, w);
    }
  }
  return w;
}

/** The longest prefix of `text` that fits in `width` columns, cut between graphemes. */
export function fitToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (allNarrow(text)) return text.slice(0, width);
  let used = 0;
  let end = 0;
  eachGraphemeWidth(text, 0, text.length, (_start, stop, w) => {
    if (used + w > width) return false;
    used += w;
    end = stop;
  });
  return text.slice(0, end);
}

/** Like fitToWidth, with an ellipsis when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return fitToWidth(text, width);
  return fitToWidth(text, width - 1).trimEnd() + '…';
}

// A newline, a run of blanks, or a run of anything else (a word, NBSP included).
const TOKEN = /\n|[ \t]+|[^ \t\n]+/g;

/**
 * Wraps text[range) into lines at most `width` columns wide. Lines break at blanks; a word
 * longer than the width is cut between graphemes; `\n` forces a break. Blanks at a break
 * are dropped. Each line is a span of `text`.
 */
export function wrapRange(text: string, range: Span, width: number): Span[] {
  const cols = Math.max(1, width);
  const lines: Span[] = [];
  let start = -1; // start of the open line, -1 when none
  let end = 0;
  let used = 0;
  let gap = 0; // width of the blanks since the last word on the open line

  const pushOpen = () => {
    if (start !== -1) lines.push({ start, end });
    start = -1;
    used = 0;
  };
  // Starts a line with a word, cutting the word when it is wider than a line.
  const startWith = (from: number, to: number, w: number, narrow: boolean) => {
    if (w <= cols) {
      start = from;
      end = to;
      used = w;
      return;
    }
    if (narrow) {
      // One column a character: cut every `cols` characters, the last piece left open.
      for (let at = from; at < to; at += cols) {
        if (start !== -1) pushOpen();
        start = at;
        end = Math.min(to, at + cols);
        used = end - at;
      }
      return;
    }
    eachGraphemeWidth(text, from, to, (at, stop, gw) => {
      if (start !== -1 && used + gw > cols) pushOpen();
      if (start === -1) {
        start = at;
        used = 0;
      }
      used += gw;
      end = stop;
    });
  };

  TOKEN.lastIndex = 0;
  const slice = text.slice(range.start, range.end);
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const token = m[0];
    const from = range.start + m.index;
    const to = from + token.length;
    if (token === '\n') {
      if (start === -1) lines.push({ start: from, end: from });
      else pushOpen();
      gap = 0;
    } else if (token[0] === ' ' || token[0] === '\t') {
      gap = token.length;
    } else {
      const narrow = allNarrow(token);
      const w = narrow ? token.length : displayWidth(token);
      if (start === -1) startWith(from, to, w, narrow);
      else if (used + gap + w <= cols) {
        end = to;
        used += gap + w;
      } else {
        pushOpen();
        startWith(from, to, w, narrow);
      }
      gap = 0;
    }
  }
  pushOpen();
  return lines;
}

/** Wraps a whole string (a headline, a message) and returns the lines' text. */
export function wrapString(text: string, width: number): string[] {
  return wrapRange(text, { start: 0, end: text.length }, width).map((s) => text.slice(s.start, s.end));
}
