// Document-level evidence over the tagger's spans. A headline (often in capitals) hides the case
// that marks names, so a name there takes the type the article's running text gives it; and one word
// of a person's full name used alone ("Clinton" after "Bill Clinton") is that person.
// Types are not forced to agree elsewhere: a sports report writes "Chicago" for a place in its
// dateline and for a team in its results (on CoNLL dev, forcing one type per name cost 0.02 F1).
import type { TaggedSpan } from './tag';
import { TypeVotes } from './votes';

const norm = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

export function harmonise(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const surfaces = spans.map((s) => text.slice(s.start, s.end));
  // Parts as written: the "Un" of "Kim Jong Un" is not the "UN".
  const personParts = new Set<string>();
  for (const [i, s] of spans.entries()) {
    const words = surfaces[i].split(/\s+/);
    if (s.type === 'PER' && words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) {
      personParts.add(words[0]);
      personParts.add(words[words.length - 1]);
    }
  }
  const own = spans.map((s, i) => (personParts.has(surfaces[i]) ? 'PER' : s.type));
  const votes = new TypeVotes();
  spans.forEach((s, i) => {
    if (!s.headline) votes.add(norm(surfaces[i]), own[i]);
  });
  return spans.map((s, i) => {
    const type = (s.headline ? votes.majority(norm(surfaces[i])) : undefined) ?? own[i];
    return type === s.type ? s : { ...s, type };
  });
}
