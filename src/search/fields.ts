// What each article contributes to the index, field by field: the headline, the lead (the
// first paragraph, where news states its subject) and the rest of the body; and, once the
// analysis is there, the names it mentions (entities, quote speakers) and its quoted words.
import type { Analysis, Entity, Quote } from '../analysis/types';
import { leadParagraph, statedHeadline } from '../corpus/parse';
import type { Article } from '../corpus/types';
import { foldText, wordTokens } from './text';
import { forEachWordRun } from './wordRuns';

/** The lead's words beyond this many count as body: a one-paragraph article has no lead to speak of. */
const LEAD_WORDS = 60;

/** The headline as searched: where the text states it, else the stated title; a derived headline is the lead already. */
function headlineText(article: Article): string | null {
  if (article.titleLine) return article.text.slice(article.titleLine.start, article.titleLine.end);
  return statedHeadline(article);
}

/** Takes the words of an article's text fields, one at a time: a range of a folded text and the field it is in. */
export interface WordSink {
  word(field: number, folded: string, start: number, end: number, hash: number): void;
}

/** Word runs of the body, kept while the lead's are given (scratch: start, end, hash). */
const BODY_RUNS_KEPT = 3 << 13;
let bodyRuns = new Int32Array(BODY_RUNS_KEPT);

/** Gives the sink the [headline, lead, body] words of an article (folded), field by field. */
export function textFieldWords(article: Article, sink: WordSink): void {
  const headline = headlineText(article);
  if (headline) {
    const folded = foldText(headline);
    forEachWordRun(folded, (start, end, hash) => sink.word(0, folded, start, end, hash));
  }
  const title = article.titleLine;
  // Only the first paragraph: cutting the rest into paragraphs was most of a cold index build.
  const first = leadParagraph(article);
  const folded = foldText(article.text);
  let lead = 0;
  let body = 0;
  forEachWordRun(folded, (at, end, hash) => {
    if (title && at >= title.start && at < title.end) return;
    if (first && at >= first.start && at < first.end && lead < LEAD_WORDS) {
      lead++;
      sink.word(1, folded, at, end, hash);
      return;
    }
    if (body + 3 > bodyRuns.length) {
      const grown = new Int32Array(bodyRuns.length * 2);
      grown.set(bodyRuns);
      bodyRuns = grown;
    }
    bodyRuns[body++] = at;
    bodyRuns[body++] = end;
    bodyRuns[body++] = hash;
  });
  for (let k = 0; k < body; k += 3) sink.word(2, folded, bodyRuns[k], bodyRuns[k + 1], bodyRuns[k + 2]);
  // A very long article's scratch is not kept for the life of the process.
  if (bodyRuns.length > BODY_RUNS_KEPT) bodyRuns = new Int32Array(BODY_RUNS_KEPT);
}

/** Every name a quote's speaker goes by: as written, and the linked entity's name and aliases. */
export function speakerNames(quote: Quote, entities: ReadonlyMap<string, Entity>): string[] {
  if (!quote.speaker) return [];
  const entity = quote.speaker.entity ? entities.get(quote.speaker.entity) : undefined;
  return [...new Set([quote.speaker.name, ...(entity ? [entity.name, ...entity.aliases] : [])])];
}

/** Per article: the analysis it has, grouped once. */
export interface ArticleAnalysis {
  quotes: Quote[];
  /** Entities the article mentions. */
  entities: Entity[];
}

/** Mentions grouped between two yields of groupAnalysisSteps: all of Reuters' at once held the reader for a quarter of a second. */
const GROUP_STEP_MENTIONS = 20_000;

export function* groupAnalysisSteps(articles: readonly Article[], analysis: Analysis): Generator<void, ArticleAnalysis[]> {
  const at = new Map(articles.map((a, i) => [a.id, i]));
  const grouped: ArticleAnalysis[] = articles.map(() => ({ quotes: [], entities: [] }));
  for (const quote of analysis.quotes) {
    const i = at.get(quote.article);
    if (i !== undefined) grouped[i].quotes.push(quote);
  }
  let mentions = 0;
  for (const entity of analysis.entities) {
    mentions += entity.mentions.length;
    if (mentions >= GROUP_STEP_MENTIONS) {
      mentions = 0;
      yield;
    }
    const seen = new Set<number>();
    for (const mention of entity.mentions) {
      const i = at.get(mention.article);
      if (i === undefined || seen.has(i)) continue;
      seen.add(i);
      grouped[i].entities.push(entity);
    }
  }
  return grouped;
}

/** [names, quotes] words: the names of the entities it mentions and of its speakers, and its quoted words. */
export function analysisFields(article: Article, own: ArticleAnalysis, entities: ReadonlyMap<string, Entity>): string[][] {
  const names = new Set<string>();
  for (const e of own.entities) for (const n of [e.name, ...e.aliases]) names.add(n);
  for (const q of own.quotes) for (const n of speakerNames(q, entities)) names.add(n);
  const nameWords = [...names].flatMap(wordTokens);
  const quoteWords = own.quotes.flatMap((q) => wordTokens(article.text.slice(q.span.start, q.span.end)));
  return [nameWords, quoteWords];
}
