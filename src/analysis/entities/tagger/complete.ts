// One name, one reading per article: where the article's running text tags a name of several words
// ("Kim Jong Un"), the same words elsewhere are that name, not pieces of others ("Kim Jong" + "Un");
// in a headline or a line in capitals, where case says nothing, a name the running text tags is one
// even when the tagger missed it there ("GERMANY" after "Germany").
import type { TagType } from './decode';
import { isCap } from './features';
import type { TokenSpan } from './refine';
import type { TagLine } from './tokens';
import { TypeVotes } from './votes';

const keyOf = (line: TagLine, from: number, to: number): string =>
  line.tokens.slice(from, to + 1).map((t) => t.text.toLowerCase()).join(' ');

export function completeNames(lines: TagLine[], spans: TokenSpan[][]): TokenSpan[][] {
  // Names the running text tags, by their first word; each with its most frequent type.
  const votes = new TypeVotes();
  lines.forEach((line, li) => {
    if (line.caps || line.headline) return;
    for (const s of spans[li]) {
      if (/^\p{Lu}/u.test(line.tokens[s.from].text)) votes.add(keyOf(line, s.from, s.to), s.type);
    }
  });
  const byFirst = new Map<string, { words: string[]; type: TagType }[]>();
  for (const key of votes.names()) {
    const words = key.split(' ');
    const type = votes.majority(key)!;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, type });
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  return lines.map((line, li) => {
    const hidden = line.caps || line.headline;
    let current = spans[li];
    const tk = line.tokens;
    // Each token lower-cased once, when first compared: names are compared word by word at every capital.
    const lowers: (string | undefined)[] = [];
    const lowerAt = (k: number): string | undefined => (k < tk.length ? (lowers[k] ??= tk[k].text.toLowerCase()) : undefined);
    for (let i = 0; i < tk.length; i++) {
      if (!isCap(tk[i].text)) continue;
      const match = (byFirst.get(lowerAt(i)!) ?? []).find(
        (n) => (n.words.length > 1 || hidden) && n.words.every((w, k) => lowerAt(i + k) === w),
      );
      if (!match) continue;
      const to = i + match.words.length - 1;
      const overlapping = current.filter((s) => s.from <= to && i <= s.to);
      // Already read as that name, or as part of a longer one: leave it.
      if (overlapping.some((s) => s.from <= i && s.to >= to)) continue;
      // Single words are only filled in where nothing was tagged.
      if (match.words.length === 1 && overlapping.length > 0) continue;
      // Pieces inside the name give way to it; a span reaching outside it stands.
      if (overlapping.some((s) => s.from < i || s.to > to)) continue;
      current = [...current.filter((s) => !overlapping.includes(s)), { from: i, to, type: match.type }].sort((a, b) => a.from - b.from);
      i = to;
    }
    return current;
  });
}
