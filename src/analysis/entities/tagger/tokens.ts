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

export function tagTokens(text: string): TagToken[] {
  const out: TagToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let end = m.index + m[0].length;
    if (text[end] === '.' && /\p{L}$/u.test(m[0]) && keepsDot(m[0])) end++;
    const last = out[out.length - 1];
    // The dot was taken by the word before it.
    if (last && m.index < last.end) continue;
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** Newswire wrapped at a fixed width: a single newline after a line of wrapping length that stops mid-sentence. */
function softWrap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, from).trim();
  return line.length >= 50 && line.length <= 80 && /[\p{Ll}\p{N},;-]$/u.test(line);
}

/** CoNLL-2003 training headlines have at most 15 words; a longer first line is a paragraph. */
const HEADLINE_TOKENS = 30;

const isCapsWord = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);

export function tagLines(text: string): TagLine[] {
  const tokens = tagTokens(text);
  const lines: TagLine[] = [];
  let cur: TagToken[] = [];
  const close = (): void => {
    if (cur.length === 0) return;
    const letters = cur.filter((t) => /\p{L}/u.test(t.text));
    const caps = letters.filter((t) => isCapsWord(t.text)).length;
    const digits = cur.filter((t) => /\p{N}/u.test(t.text)).length;
    const last = cur[cur.length - 1].text;
    lines.push({
      tokens: cur,
      caps: letters.length >= 1 && caps / letters.length >= 0.6,
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
      const gapHasBreak = text.slice(prev.end, t.start).includes('\n');
      if (gapHasBreak && !softWrap(text, prev.end, t.start)) close();
    }
    cur.push(t);
  }
  close();
  return lines;
}
