// The query's filters (`in:`, `by:`, `outlet:`) as predicates over documents and articles.
import { namesMatch } from './names';
import type { ParsedQuery } from './query';
import type { SearchIndex } from './types';

/** Which documents the query's filters (`in:`, `by:`, `outlet:`) let through; null when all. */
export function documentFilter(index: SearchIndex, parsed: ParsedQuery): ((id: number) => boolean) | null {
  if (!parsed.kinds.length && !parsed.speakers.length && !parsed.outlets.length) return null;
  const kinds = new Set(parsed.kinds);
  const outletOk = articleOutletFilter(index, parsed);
  // Many quotes share a speaker: judge each set of names once.
  const speakerVerdicts = new Map<string, boolean>();
  const speakerOk = (names: string[]) => {
    const key = names.join('\u0000');
    let ok = speakerVerdicts.get(key);
    if (ok === undefined) speakerVerdicts.set(key, (ok = parsed.speakers.every((s) => namesMatch(s, names))));
    return ok;
  };
  return (id) => {
    const doc = index.documents[id];
    if (kinds.size && !kinds.has(doc.kind)) return false;
    if (parsed.speakers.length && !speakerOk(doc.speakerNames ?? [])) return false;
    return doc.article < 0 || outletOk(doc.article);
  };
}

export function articleOutletFilter(index: SearchIndex, parsed: ParsedQuery): (article: number) => boolean {
  if (!parsed.outlets.length) return () => true;
  const verdicts = new Map<number, boolean>();
  return (article) => {
    let ok = verdicts.get(article);
    if (ok === undefined) {
      const outlet = index.articles[article].outlet.value;
      ok = outlet !== null && parsed.outlets.some((o) => namesMatch(o, [outlet]));
      verdicts.set(article, ok);
    }
    return ok;
  };
}
