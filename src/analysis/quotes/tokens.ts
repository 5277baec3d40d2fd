// A small word tokenizer with offsets: cue patterns are matched on tokens so that
// every speaker phrase stays a Span into the article text.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for a word (letters/digits, inner hyphens, apostrophes and abbreviation dots). */
  word: boolean;
}

// Abbreviations whose final dot belongs to the word ("Mr.", "U.S."), not to the sentence.
const DOTTED = /^(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|Capt|Sgt|Rev|Inc|Co|Corp|Ltd|Adm|Maj|Supt|Insp|Det|Cllr|Amb|Hon|Messrs|Del|Sens|Reps)\.)$/u;

// "9/11" is one word: a slash joins a word to digits only (no lookbehind: it is on the hot path).
const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-–][\p{L}\p{N}]+|\/\p{N}+)*\.?|\S/gu;

/** Tokens of text[start, end), offsets absolute. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  // Matched in place: slicing the range and iterating matchAll cost more than the matching. A match
  // that runs past `end` is cut by matching the rest of the range on its own.
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    if (m.index + m[0].length > end) {
      const from = m.index;
      TOKEN.lastIndex = 0; // matchAll starts where its pattern's lastIndex stands
      for (const rest of text.slice(from, end).matchAll(TOKEN)) push(out, from + rest.index, rest[0]);
      break;
    }
    push(out, m.index, m[0]);
  }
  return out;
}

/** Whether a token is a word: it starts with a letter or a digit (ASCII ones told without a regex). */
function isWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]/u.test(t);
}

function push(out: Token[], s: number, t: string): void {
  const word = isWord(t);
  if (word && t.endsWith('.') && !DOTTED.test(t)) {
    const w = t.slice(0, -1);
    out.push({ text: w, start: s, end: s + w.length, word: true });
    out.push({ text: '.', start: s + w.length, end: s + w.length + 1, word: false });
    return;
  }
  out.push({ text: t, start: s, end: s + t.length, word });
}

/** "Korea’s" -> "Korea"; leaves other words alone. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
