// Document-level evidence over the tagger's spans. A headline (often in capitals) hides the case
// that marks names, so a name there takes the type the article's running text gives it; and one word
// of a person's full name used alone ("Clinton" after "Bill Clinton") is that person.
// Types are not forced to agree elsewhere: a sports report writes "Chicago" for a place in its
// dateline and for a team in its results (on CoNLL dev, forcing one type per name cost 0.02 F1).
import type { TagType } from './decode';
import type { TaggedSpan } from './tag';

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
  const votes = new Map<string, Map<TagType, number>>();
  spans.forEach((s, i) => {
    if (s.headline) return;
    const name = norm(surfaces[i]);
    let v = votes.get(name);
    if (!v) votes.set(name, (v = new Map()));
    v.set(own[i], (v.get(own[i]) ?? 0) + 1);
  });
  const majority = (name: string): TagType | undefined => {
    const v = votes.get(name);
    return v && [...v].sort((a, b) => b[1] - a[1])[0][0];
  };
  return spans.map((s, i) => {
    const type = (s.headline ? majority(norm(surfaces[i])) : undefined) ?? own[i];
    return type === s.type ? s : { ...s, type };
  });
}
