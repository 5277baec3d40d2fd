// The weighted terms of one sentence: entity mentions become one term per entity, names weigh more.
import type { Span } from '../../corpus/types';
import { firstNotBefore } from '../bisect';
import { termOf, wordTokens, type WordToken } from './tokens';

/** An entity mention inside one article, reduced to what alignment needs. */
export interface MentionRef {
  start: number;
  end: number;
  entity: string;
}

/** Term → weighted count. */
export type TermCounts = Map<string, number>;

/** Prefix that keeps entity terms apart from word terms. */
export const ENTITY_TERM_PREFIX = '@';

/**
 * Adds the terms of `span` to `counts`. Words inside a mention are replaced by the mention's entity
 * ("Kim Jong Un", "Kim Jong-un" and "Kim" alike become `@<id>`). Without mentions, capitalised words
 * are taken as names (not the first word of the span, unless the next word is also capitalised).
 * A name or mention counts `nameWeight`, shared among its words; any other word counts 1; `scale`
 * multiplies both (the lead counts more). `mentions` must be sorted by start.
 */
export function addSpanTerms(
  counts: TermCounts,
  text: string,
  span: Span,
  mentions: readonly MentionRef[],
  nameWeight: number,
  scale = 1,
): void {
  const tokens = wordTokens(text, span);
  const names = nameLengths(text, tokens);
  let m = firstMentionFrom(mentions, span.start);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (m < mentions.length && mentions[m].end <= token.start) m++;
    const mention = mentions[m];
    if (mention && mention.start <= token.start && token.end <= mention.end && mention.end <= span.end) {
      add(counts, ENTITY_TERM_PREFIX + mention.entity, nameWeight * scale);
      // Skip the mention's remaining words (the entity counts once per mention), and a tail the
      // mention left off after a hyphen ("un" when the mention is "Kim Jong" of "Kim Jong-un").
      while (i + 1 < tokens.length && tokens[i + 1].end <= mention.end) i++;
      while (i + 1 < tokens.length && isHyphenTail(text, tokens[i], tokens[i + 1])) i++;
      m++;
      continue;
    }
    const term = termOf(token.surface);
    if (term === null) continue;
    // A name's weight is shared among its words, so "Russian President Vladimir Putin" counts as
    // one name, not four: formulaic full names otherwise make any two sentences naming the same
    // leaders look alike.
    add(counts, term, (names[i] > 0 ? nameWeight / names[i] : 1) * scale);
  }
}

/** For each word, the length of the name it is part of (0 when none). A name is a run of
 *  capitalised words joined by single spaces or hyphens, with the lower-case tail of a hyphenated
 *  name ("un" in "Kim Jong-un"); a sentence's first word starts a name only when the next word is
 *  capitalised too ("Kim Jong", not "Analysts"). */
function nameLengths(text: string, tokens: readonly WordToken[]): number[] {
  const lengths: number[] = new Array(tokens.length).fill(0);
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].surface)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (gap === '-' || (/^\s$/.test(gap) && isCapitalised(tokens[j].surface))) j++;
      else break;
    }
    if (i > 0 || j - i > 1) lengths.fill(j - i, i, j);
    i = j;
  }
  return lengths;
}

function isHyphenTail(text: string, prev: WordToken, token: WordToken): boolean {
  return text.slice(prev.end, token.start) === '-' && /^\p{Ll}/u.test(token.surface) && /^\p{Lu}/u.test(prev.surface);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function add(counts: TermCounts, term: string, weight: number): void {
  counts.set(term, (counts.get(term) ?? 0) + weight);
}

/** The index of the first mention ending after `offset`. */
function firstMentionFrom(mentions: readonly MentionRef[], offset: number): number {
  return firstNotBefore(mentions.length, (k) => mentions[k].end <= offset);
}
