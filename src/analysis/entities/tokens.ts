// Word tokens with character offsets, part-of-speech tags and a "starts a sentence" flag,
// from wink-nlp. The model is heavy (about 4 MB of data), so it is loaded on first use, once.
import { createRequire } from 'node:module';
import { ABBREVIATIONS, TITLES } from './cues';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, ADP, PUNCT...). */
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Stands where any word is capitalised (sentence start, after an opening quote, in a title-case line),
   *  so its capital letter is no evidence of a name. */
  initial: boolean;
  /** Whitespace separates it from the previous token. */
  spaceBefore: boolean;
  /** A line break that only wraps running text (fixed-width newswire) separates it from the previous token. */
  softBreakBefore: boolean;
}

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; precedingSpaces: unknown };
}

let wink: Wink | undefined;

function nlp(): Wink {
  if (!wink) {
    // createRequire keeps the model out of any bundle and defers its cost to the first analysis.
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'));
  }
  return wink;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '--', '-']);

/**
 * Stretches wink is never given: a long unbroken string (an embedded base64 blob or data: URL made its
 * tokenizer backtrack for 51 s at 200k characters; no name is that long) and a long blank stretch
 * (wink counts preceding spaces in 16 bits, so offsets after 65,535 of them drift). wink reads the
 * text between them piece by piece, and token offsets stay offsets into the whole text.
 */
const SKIPPED = /\S{65,}|\s{1000,}/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (const skip of text.matchAll(SKIPPED)) {
    readPiece(text, from, skip.index, tokens);
    from = skip.index + skip[0].length;
  }
  readPiece(text, from, text.length, tokens);
  markInitials(text, tokens);
  return tokens;
}

/** Appends the tokens of text[from, to) to `tokens`. */
function readPiece(text: string, from: number, to: number, tokens: Token[]): void {
  if (!/\S/.test(text.slice(from, to))) return;
  const wink = nlp();
  const its = wink.its;
  const doc = wink.readDoc(text.slice(from, to));
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const spaces = doc.tokens().out(its.precedingSpaces);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // wink may normalise a character; find the token in the text rather than trusting lengths.
    let start = text.indexOf(value, cursor + spaces[i].length);
    if (start < 0 || start > cursor + spaces[i].length + 4) start = cursor + spaces[i].length;
    const end = start + value.length;
    const last = tokens[tokens.length - 1];
    if (value === '.' && last?.end === start && TITLES.has(`${last.text}.`)) {
      // wink splits "Det." and "Cllr." at the dot: the dot belongs to the title, not to a sentence end.
      last.text += '.';
      last.end = end;
    } else if (tags[i] !== 'SPACE') {
      for (const [a, b, pos] of pieces(text.slice(start, end), tags[i])) {
        const prevEnd = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
        const s = start + a;
        tokens.push({
          text: text.slice(s, start + b), start: s, end: start + b, pos,
          cap: /^\p{Lu}/u.test(text[s]), initial: false, spaceBefore: s > prevEnd || tokens.length === 0,
          softBreakBefore: tokens.length > 0 && isSoftWrap(text, prevEnd, s),
        });
      }
    }
    cursor = end;
  }
}

/**
 * wink keeps "Sony's" whole before a full stop, "DEC." whole at a sentence end and "US$" whole;
 * split the possessive, the sentence's full stop and the symbol off, so none is ever part of a name.
 */
function pieces(value: string, pos: string): [number, number, string][] {
  const possessive = /^(.*\p{L})['’]s?$/u.exec(value);
  if (possessive && possessive[1].length >= 2 && (pos === 'PROPN' || pos === 'NOUN')) {
    return [[0, possessive[1].length, pos], [possessive[1].length, value.length, 'PART']];
  }
  const stop = /^(\p{L}[\p{L}\p{N}&-]+)\.$/u.exec(value);
  if (stop && !ABBREVIATIONS.has(stop[1])) return [[0, stop[1].length, pos], [stop[1].length, value.length, 'PUNCT']];
  const symbol = /^(\p{L}[\p{L}\p{N}.]*?)([^\p{L}\p{N}.'’&-]+)$/u.exec(value); // "US$"
  if (symbol) return [[0, symbol[1].length, pos], [symbol[1].length, value.length, 'SYM']];
  return [[0, value.length, pos]];
}

/** Flags tokens whose capital letter the position explains: sentence starts and title-case lines. */
function markInitials(text: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    let j = i - 1;
    while (j >= 0 && OPENERS.has(tokens[j].text) && !text.slice(tokens[j].end, tokens[j + 1].start).includes('\n')) j--;
    const gap = text.slice(j >= 0 ? tokens[j].end : 0, tokens[i].start);
    const hardBreak = gap.includes('\n') && !tokens[j + 1].softBreakBefore;
    tokens[i].initial = j < 0 || hardBreak || SENTENCE_END.has(tokens[j].text) || (j < i - 1 && isQuote(tokens[j + 1].text));
  }
  markTitleCaseLines(text, tokens);
}

const isQuote = (s: string): boolean => s === '"' || s === '“' || s === '‘';

/**
 * A single newline inside running text wrapped at a fixed width (newswire copy): the line before it
 * is of wrapping length and stops mid-sentence. A headline or a short label line is a hard break.
 */
function isSoftWrap(text: string, gapStart: number, gapEnd: number): boolean {
  const gap = text.slice(gapStart, gapEnd);
  if ((gap.match(/\n/g) ?? []).length !== 1) return false;
  const line = text.slice(text.lastIndexOf('\n', gapStart - 1) + 1, gapStart).trim();
  return line.length >= 50 && line.length <= 80 && /[\p{Ll}\p{N},;-]$/u.test(line);
}

/** In a headline written in title case every word is capitalised; none of those capitals is evidence. */
function markTitleCaseLines(text: string, tokens: Token[]): void {
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !text.slice(tokens[lineEnd - 1].end, tokens[lineEnd].start).includes('\n')) lineEnd++;
    const line = tokens.slice(lineStart, lineEnd);
    const words = line.filter((t) => /^\p{L}{4,}/u.test(t.text));
    // A headline: a line of its own, short, no closing full stop, and nearly every longer word capitalised.
    const wrapped = line[0].softBreakBefore || tokens[lineEnd]?.softBreakBefore === true;
    const sentence = wrapped || ['.', '!', '?', '"', '”'].includes(line[line.length - 1].text) || line.length > 25;
    if (!sentence && words.length >= 3 && words.filter((t) => t.cap).length / words.length >= 0.8) {
      for (let k = lineStart; k < lineEnd; k++) tokens[k].initial = true;
    }
    lineStart = lineEnd;
  }
}
