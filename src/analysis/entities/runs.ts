// Finds runs of name words in a token stream: capitalised words joined by hyphens, name particles,
// "of"/"for" after an organisation head and plural possessives inside names ("Workers' Party").
import {
  AMBIGUOUS_MONTHS, CLOSED_CLASS, COMPOUND_TAILS, FUNCTION_POS, LEADING_QUALIFIERS, NAME_BREAKERS, NAME_PARTICLES,
  OF_HEADS, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, PLURAL_POSSESSORS, TITLES,
} from './cues';
import { isAcronym } from './aliases';
import { lookupGazetteer, startsGazetteerForm } from './gazetteer';
import type { Token } from './tokens';

/** A contiguous token range [from, to] (inclusive) that may name something. */
export interface Run {
  from: number;
  to: number;
}

export class NameScanner {
  /** Capitalised words seen where a capital is not explained by position: evidence they are names. */
  private readonly capitalisedInside = new Set<string>();
  /** Lower-case words of the text: a sentence-initial "Analysts" is a common noun if "analysts" occurs. */
  private readonly lowerWords = new Set<string>();

  constructor(readonly text: string, readonly tokens: Token[]) {
    for (const t of tokens) {
      if (t.cap && !t.initial) this.capitalisedInside.add(t.text);
      if (/^\p{Ll}/u.test(t.text)) this.lowerWords.add(t.text);
    }
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.tokens[from].start, this.tokens[to].end);
  }

  isWord(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
  }

  /** A word that can be part of a name: capitalised (or "eBay"-like), not a date or a label. */
  isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !/^\p{L}/u.test(t.text)) return false;
    // Lower-case initial only for camel-case brands ("eBay", "iPod"), not "mid-October".
    if (!t.cap && !(t.pos === 'PROPN' && /^\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*$/u.test(t.text))) return false;
    if (NAME_BREAKERS.has(t.text)) return false;
    if (AMBIGUOUS_MONTHS.has(t.text) && (this.tokens[i - 1]?.pos === 'NUM' || this.tokens[i + 1]?.pos === 'NUM')) return false;
    return true;
  }

  /** A capital that proves nothing by itself (sentence start) but that the rest of the text vouches for. */
  private vouchedFor(t: Token): boolean {
    return this.capitalisedInside.has(t.text) || isAcronym(t.text) || TITLES.has(t.text) || startsGazetteerForm(t.text) || lookupGazetteer(t.text) !== undefined;
  }

  private lineBreakBefore(i: number): boolean {
    return this.text.slice(this.tokens[i - 1].end, this.tokens[i].start).includes('\n') && !this.tokens[i].softBreakBefore;
  }

  /** All runs of name words, sentence-initial common words trimmed off. */
  runs(): Run[] {
    const runs: Run[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      if (!this.isNameWord(i)) {
        i++;
        continue;
      }
      const to = this.extend(i);
      const run = this.trimInitial({ from: i, to });
      if (run) runs.push(run);
      i = to + 1;
    }
    return runs;
  }

  private extend(from: number): number {
    const tk = this.tokens;
    let j = from;
    let complemented = false;
    for (;;) {
      const k = j + 1;
      const t = tk[k];
      if (!t || this.lineBreakBefore(k)) return j;
      if (this.isNameWord(k) && t.spaceBefore) {
        j = k;
      } else if (t.text === '-' && !t.spaceBefore && tk[k + 1] && !tk[k + 1].spaceBefore && this.isWord(k + 1)) {
        // "Jong-un", "Byong-Chol", "Russia-DPRK" join here; a hyphen between two known names is split later.
        const after = tk[k + 1];
        if (!this.isNameWord(k + 1) && (COMPOUND_TAILS.has(after.text) || PERSON_NOUNS.has(after.text) || ['VERB', 'ADJ', 'ADV', 'NUM'].includes(after.pos))) {
          return j; // "Russia-backed", "Oscar-winner": a compound word, not a name part
        }
        j = k + 1;
      } else if ((t.text === 'of' || t.text === 'for') && (OF_HEADS.has(tk[j].text) || complemented) && this.isNameWord(k + 1)) {
        // "Court of Arbitration for Sport": once a head took a complement, a second one follows it.
        complemented = true;
        j = k + 1;
      } else if (NAME_PARTICLES.has(t.text) && this.isNameWord(k + 1)) {
        j = k + 1;
      } else if (NAME_PARTICLES.has(t.text) && tk[k + 1]?.text === '-' && this.isNameWord(k + 2)) {
        j = k + 2;
      } else if (t.text === '&' && this.isNameWord(k + 1)) {
        j = k + 1;
      } else if (t.text === 'and' && this.isNameWord(k + 1) && this.joinsByAnd(from, j, k + 1)) {
        j = this.extend(k + 1);
      } else if (this.isPluralPossessive(j, k) && this.isNameWord(k + 1)) {
        j = k + 1;
      } else {
        return j;
      }
    }
  }

  /**
   * "Food and Agriculture Organisation": "and" inside one organisation's name, told from a list
   * ("Russia and China") by the organisation head after it and the bare words before it.
   */
  private joinsByAnd(from: number, j: number, next: number): boolean {
    // "Gervais and The Office": a capitalised article after "and" starts a name of its own.
    if (this.tokens[next].text === 'The') return false;
    const end = this.extend(next);
    const left = this.tokens[j].text;
    return (
      ORG_HEADS.has(this.tokens[end].text) &&
      !ORG_HEADS.has(left) && !PLACE_HEADS.has(left) &&
      lookupGazetteer(this.slice(from, j)) === undefined &&
      !this.tokens.slice(from, j + 1).some((t) => t.initial && !this.vouchedFor(t) && !CLOSED_CLASS.has(t.text.toLowerCase()))
    );
  }

  /** "People's Republic", "Workers' Party": a plural possessive that belongs inside the name. */
  private isPluralPossessive(j: number, k: number): boolean {
    const t = this.tokens[k];
    if (t.spaceBefore || !PLURAL_POSSESSORS.has(this.tokens[j].text)) return false;
    return /^['’]s?$/.test(t.text);
  }

  /**
   * Drops leading function words ("The", "In", "Did"), qualifiers ("Former") and words whose capital only marks a sentence
   * start ("Analysts", "Cooperation"): those the rest of the text never capitalises mid-sentence.
   */
  private trimInitial(run: Run): Run | undefined {
    let { from } = run;
    const { to } = run;
    while (from <= to) {
      const t = this.tokens[from];
      const closed = (CLOSED_CLASS.has(t.text.toLowerCase()) && t.text !== t.text.toUpperCase()) || LEADING_QUALIFIERS.has(t.text);
      // "Van Nistelrooy" at a sentence start: a name particle, capitalised by position.
      const particle = NAME_PARTICLES.has(t.text.toLowerCase()) && from < to;
      const junk =
        closed ||
        (!particle &&
        (t.initial &&
          !this.vouchedFor(t) &&
          (FUNCTION_POS.has(t.pos) || from === to || t.pos !== 'PROPN' || this.lowerWords.has(t.text.toLowerCase()))));
      if (!junk && this.isNameWord(from)) break;
      from++;
    }
    return from <= to ? { from, to } : undefined;
  }
}
