// `rknews search QUERY`: the same search as the reader's `/` prompt.
import type { Analysis } from '../../analysis/types';
import type { Corpus } from '../../corpus/types';
import { buildSearchIndex, search } from '../../search';
import { bold, writeJson, type Output } from '../output';

export function runSearch(corpus: Corpus, analysis: Analysis, query: string, limit: number, json: boolean, io: Output): number {
  const hits = search(buildSearchIndex(corpus.articles, analysis), query, { limit });
  if (json) {
    writeJson(
      io,
      hits.map((h) => ({
        article: h.article,
        kind: h.kind,
        text: h.text,
        start: h.start,
        end: h.end,
        score: h.score,
        highlights: h.highlights,
        ...(h.speaker ? { speaker: h.speaker } : {}),
        ...(h.entity ? { entity: h.entity } : {}),
      })),
    );
    return 0;
  }
  for (const h of hits) {
    const who = h.speaker ? ` — ${h.speaker}` : '';
    io.out(`${h.article}  ${h.kind}${who}\n  ${emphasise(h.text, h.start, h.highlights, io)}\n`);
  }
  if (hits.length === 0) io.err('rknews: no matches\n');
  return 0;
}

/** The passage with matched ranges in bold (ranges are article offsets; the passage starts at `start`). */
function emphasise(text: string, start: number, highlights: { start: number; end: number }[], io: Output): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (start < 0 || flat.length !== text.length) return flat;
  let out = '';
  let at = 0;
  for (const h of highlights) {
    const s = h.start - start;
    const e = h.end - start;
    if (s < at || e > text.length) continue;
    out += flat.slice(at, s) + bold(io, flat.slice(s, e));
    at = e;
  }
  return out + flat.slice(at);
}
