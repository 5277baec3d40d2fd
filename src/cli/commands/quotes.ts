// `rknews quotes [QUERY] [--speaker NAME]`: who said what, with the citation.
import { filterQuotes } from '../../analysis/quotes';
import type { Analysis } from '../../analysis/types';
import type { Corpus } from '../../corpus/types';
import { citeQuote } from '../../analysis/cite';
import { writeJson, type Output } from '../output';

export function runQuotes(corpus: Corpus, analysis: Analysis, query: string | undefined, speaker: string | undefined, json: boolean, io: Output): number {
  const quotes = filterQuotes(analysis.quotes, { query, speaker }, analysis.entities);
  const limitOf = new Map((analysis.limited ?? []).map(({ article, ...limit }) => [article, limit]));
  if (json) {
    writeJson(
      io,
      quotes.map((q) => ({
        id: q.id,
        article: q.article,
        text: q.text,
        speaker: q.speaker?.name ?? null,
        speakerEntity: q.speaker?.entity ?? null,
        start: q.span.start,
        end: q.span.end,
        // From an article analysed only in part: quotes past analysedChars were not looked for.
        ...(limitOf.has(q.article) ? { limited: limitOf.get(q.article) } : {}),
      })),
    );
    return 0;
  }
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const q of quotes) io.out(`${citeQuote(q, byId.get(q.article)!)}  [${q.article}]\n`);
  if (quotes.length === 0) io.err('rknews: no quotation matches\n');
  return 0;
}
