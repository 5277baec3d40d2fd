// `rknews search QUERY`: the same search as the reader's `/` prompt, one record per article in
// rank order; the articles holding every word, and ranked among them those lacking only one
// (marked, and counted apart). Text search never waits for the corpus analysis; only a query that asks for
// quotes, speakers or entity names (`in:quotes`, `in:entities`, `by:`) runs it.
import type { Analysis } from '../../analysis/types';
import type { Corpus } from '../../corpus/types';
import { buildSearchIndex, parseQuery, search, withAnalysis, type SearchResults, type Snippet } from '../../search';
import { cachedSearchIndex } from '../../store/searchIndexCache';
import { bufferedOut } from '../bufferedOutput';
import { bold, dim, writeJson, type Output } from '../output';

/** Passages shown per article. */
const SNIPPETS = 3;

function needsAnalysis(query: string): boolean {
  const parsed = parseQuery(query);
  return parsed.speakers.length > 0 || parsed.kinds.some((k) => k === 'quote' || k === 'entity');
}

export async function runSearch(corpus: Corpus, query: string, limit: number | undefined, json: boolean, io: Output): Promise<number> {
  let analysis: Analysis | undefined;
  if (needsAnalysis(query)) {
    io.err(`rknews: in:quotes, in:entities and by: need the quote and entity analysis: analysing ${corpus.articles.length.toLocaleString('en')} articles first\n`);
    analysis = await (await import('../analysis')).analyseForCli(corpus, io);
  }
  const cached = cachedSearchIndex(corpus.articles, () => buildSearchIndex(corpus.articles));
  if (cached.warning) io.err(`rknews: warning: ${cached.warning}\n`);
  const index = analysis ? withAnalysis(cached.index, analysis) : cached.index;
  const results = search(index, query, { near: true });
  for (const w of results.warnings) io.err(`rknews: ${w}\n`);
  const listed = results.total + results.near;
  const shown = results.slice(0, limit === undefined ? listed : Math.min(limit, listed));
  if (json) {
    writeJson(io, {
      total: results.total,
      near: results.near,
      results: shown.map((r) => ({
        article: r.article,
        score: Math.round(r.score * 1e4) / 1e4,
        headline: r.headline,
        complete: r.complete,
        snippets: results.snippets(r.index, SNIPPETS).map(snippetJson),
      })),
    });
    return 0;
  }
  const listing = bufferedOut(io);
  listing.out(`${countLine(results, shown.length)}\n`);
  for (const r of shown) {
    const lacks = r.complete ? '' : ' · lacks a word';
    listing.out(`\n${bold(io, r.article)}  ${r.headline.replace(/\s+/g, ' ')}  ${dim(io, `score ${r.score.toFixed(2)}${lacks}`)}\n`);
    for (const s of results.snippets(r.index, SNIPPETS)) {
      const who = s.speaker ? ` — ${s.speaker}` : '';
      listing.out(`  ${s.kind}${who}: ${emphasise(s, io)}\n`);
    }
  }
  listing.flush();
  if (results.total === 0) io.err('rknews: no matches\n');
  return 0;
}

const articles = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;

/** "1,204 articles hold every word (and 310 all but one)", or "showing 50 of …" when --limit cut the list. */
function countLine(results: SearchResults, shown: number): string {
  const near = results.near ? ` (and ${results.near.toLocaleString('en')} all but one)` : '';
  const count = `${articles(results.total)} ${results.total === 1 ? 'holds' : 'hold'} every word${near}`;
  return shown < results.total + results.near ? `showing ${shown.toLocaleString('en')} of ${results.total + results.near}: ${count}` : count;
}

function snippetJson(s: Snippet) {
  return {
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    highlights: s.highlights,
    ...(s.speaker ? { speaker: s.speaker } : {}),
    ...(s.entity ? { entity: s.entity } : {}),
  };
}

/** The passage on one line with matched ranges in bold (ranges into the passage's own text). */
function emphasise(s: Snippet, io: Output): string {
  const flat = s.text.replace(/\s/g, ' ');
  let out = '';
  let at = 0;
  for (const h of s.textHighlights) {
    if (h.start < at || h.end > flat.length) continue;
    out += flat.slice(at, h.start) + bold(io, flat.slice(h.start, h.end));
    at = h.end;
  }
  return out + flat.slice(at);
}
