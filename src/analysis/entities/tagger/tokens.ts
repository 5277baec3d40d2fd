// Tokens and lines for the sequence tagger: a fast regex tokenizer whose tokens follow newswire
// tokenisation (CoNLL-2003), so the spans it learns from line up with the spans it predicts.
import { ABBREVIATIONS } from '../cues';

export interface TagToken {
  text: string;
  start: number;
  end: number;
}

/** A stretch of text tagged as one sequence: a line, or a paragraph of lines wrapped at a fixed width. */
export interface TagLine {
  tokens: TagToken[];
  /** Most of its words are written in capitals (headlines, datelines, bylines). */
  caps: boolean;
  /** The first line of the text, short enough for a headline (a text may start with a paragraph instead). */
  headline: boolean;
  /** Share of its tokens that hold a digit, in tenths (tables, results, standings). */
  numeric: number;
  /** Ends like a sentence (., ?, !, a closing quote). */
  sentence: boolean;
}

// A word: letters and digits, joined inside by - . & / or an apostrophe before two letters ("O'Neill");
// a clitic ('s, n't); or any other single non-space character.
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-.&/]|['’](?=\p{L}{2}))[\p{L}\p{N}]+)*|['’]\p{L}+|n['’]t|\S/gu;

/** A full stop that belongs to the word before it: initials ("J."), dotted acronyms ("U.S."), abbreviations ("Corp."). */
const keepsDot = (word: string): boolean => /^\p{L}$/u.test(word) || /^\p{L}(?:\.\p{L})+$/u.test(word) || ABBREVIATIONS.has(word);

/** TOKEN anchored where a token starts, so that a match is found without a match array. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** Whether the code unit is whitespace as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function tagTokens(text: string): TagToken[] {
  const out: TagToken[] = [];
  // Every character but whitespace starts a token (TOKEN's last branch is \S): the start is found by
  // hand and TOKEN_AT.test gives the end; iterating matchAll built a match array for every token.
  let at = 0;
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    TOKEN_AT.lastIndex = at;
    TOKEN_AT.test(text);
    const start = at;
    let end = TOKEN_AT.lastIndex;
    at = end;
    if (text[end] === '.' && isLetterBefore(text, end) && keepsDot(text.slice(start, end))) end++;
    const last = out[out.length - 1];
    // The dot was taken by the word before it.
    if (last && start < last.end) continue;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** Whether the character before `end` is a letter (the match's last, as /\p{L}$/u reads it). */
const isLetterBefore = (text: string, end: number): boolean => LETTER_END.test(text.slice(Math.max(0, end - 2), end));
const LETTER_END = /\p{L}$/u;

/** Newswire wrapped at a fixed width: a single newline after a line of wrapping length that stops mid-sentence. */
function softWrap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, from).trim();
  return line.length >= 50 && line.length <= 80 && /[\p{Ll}\p{N},;-]$/u.test(line);
}

/** CoNLL-2003 training headlines have at most 15 words; a longer first line is a paragraph. */
const HEADLINE_TOKENS = 30;

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

/** Whether text[from, to) holds a line break (without slicing it: this runs between every two tokens). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const isCapsWord = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);

export function tagLines(text: string): TagLine[] {
  const tokens = tagTokens(text);
  const lines: TagLine[] = [];
  let cur: TagToken[] = [];
  const close = (): void => {
    if (cur.length === 0) return;
    let letters = 0;
    let caps = 0;
    let digits = 0;
    for (const t of cur) {
      if (HAS_LETTER.test(t.text)) {
        letters++;
        if (isCapsWord(t.text)) caps++;
      }
      if (HAS_DIGIT.test(t.text)) digits++;
    }
    const last = cur[cur.length - 1].text;
    lines.push({
      tokens: cur,
      caps: letters >= 1 && caps / letters >= 0.6,
      headline: lines.length === 0 && cur.length <= HEADLINE_TOKENS,
      numeric: Math.round((10 * digits) / cur.length),
      sentence: ['.', '?', '!', '"', '”', "'", ':'].includes(last),
    });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0) {
      const prev = tokens[i - 1];
      const gapHasBreak = hasNewline(text, prev.end, t.start);
      if (gapHasBreak && !softWrap(text, prev.end, t.start)) close();
    }
    cur.push(t);
  }
  close();
  return lines;
}
