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
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    let t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word && t.endsWith('.') && !DOTTED.test(t)) {
      t = t.slice(0, -1);
      out.push({ text: t, start: s, end: s + t.length, word: true });
      out.push({ text: '.', start: s + t.length, end: s + t.length + 1, word: false });
      continue;
    }
    out.push({ text: t, start: s, end: s + t.length, word });
  }
  return out;
}

/** "Korea’s" -> "Korea"; leaves other words alone. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
