// What each article contributes to the index, field by field: the headline, the lead (the
// first paragraph, where news states its subject) and the rest of the body; and, once the
// analysis is there, the names it mentions (entities, quote speakers) and its quoted words.
import type { Analysis, Entity, Quote } from '../analysis/types';
import { leadParagraph, statedHeadline } from '../corpus/parse';
import type { Article } from '../corpus/types';
import { foldText, WORD_RUN, wordTokens } from './text';

/** The lead's words beyond this many count as body: a one-paragraph article has no lead to speak of. */
const LEAD_WORDS = 60;

/** The headline's words, searched where the text states it, else as the stated title; a derived headline is the lead already. */
function headlineWords(article: Article): string[] {
  if (article.titleLine) return wordTokens(article.text.slice(article.titleLine.start, article.titleLine.end));
  const stated = statedHeadline(article);
  return stated === null ? [] : wordTokens(stated);
}

/** [headline, lead, body] words of an article, folded. */
export function textFields(article: Article): string[][] {
  const headline = headlineWords(article);
  const lead: string[] = [];
  const body: string[] = [];
  const title = article.titleLine;
  // Only the first paragraph: cutting the rest into paragraphs was most of a cold index build.
  const first = leadParagraph(article);
  const folded = foldText(article.text);
  for (const m of folded.matchAll(WORD_RUN)) {
    const at = m.index;
    if (title && at >= title.start && at < title.end) continue;
    if (first && at >= first.start && at < first.end && lead.length < LEAD_WORDS) lead.push(m[0]);
    else body.push(m[0]);
  }
  return [headline, lead, body];
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
