// Cuts articles (and, when given, their analysis) into the documents search looks at.
import type { Analysis, Entity, Quote } from '../analysis/types';
import type { Article, Span } from '../corpus/types';
import { escapeRegExp } from './text';
import type { SearchDocument } from './types';

type Draft = Omit<SearchDocument, 'id'>;

function inside(inner: Span, outer: Span | null): boolean {
  return outer !== null && inner.start >= outer.start && inner.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function passage(article: Article, index: number, kind: SearchDocument['kind'], span: Span): Draft {
  return { kind, article: index, start: span.start, end: span.end, text: article.text.slice(span.start, span.end) };
}

/** Where a derived headline's words stand in the text: it collapses whitespace and may end in "…". */
function locateDerived(text: string, headline: string): Span | null {
  const words = headline.replace(/(…|\.\.\.)$/, '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const found = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/**
 * A stated title line is searched where it stands. A derived headline is searched at its
 * source (the words it was cut from) when the text contains them, otherwise as a free
 * string with span -1/-1 and no highlights.
 */
function headlineDocument(article: Article, index: number): Draft | null {
  if (article.titleLine) return passage(article, index, 'headline', article.titleLine);
  const value = article.headline.value.trim();
  if (!value) return null;
  const source = locateDerived(article.text, value);
  if (source) return passage(article, index, 'headline', source);
  return { kind: 'headline', article: index, start: -1, end: -1, text: value };
}

function speakerNames(quote: Quote, entities: Map<string, Entity>): string[] {
  if (!quote.speaker) return [];
  const entity = quote.speaker.entity ? entities.get(quote.speaker.entity) : undefined;
  const names = [quote.speaker.name, ...(entity ? [entity.name, ...entity.aliases] : [])];
  return [...new Set(names)];
}

function articleDocuments(article: Article, index: number, quotes: Quote[], entities: Map<string, Entity>): Draft[] {
  const drafts: Draft[] = [];
  const headline = headlineDocument(article, index);
  if (headline) drafts.push(headline);
  const headlineSpan = headline && headline.start >= 0 ? { start: headline.start, end: headline.end } : null;

  // FAQ questions and answers replace the sentences they overlap ("A: Yes, …"), so nothing is found twice.
  const faqSpans = article.faq.flatMap((entry) => [entry.question, entry.answer]);
  for (const span of faqSpans) drafts.push(passage(article, index, 'faq', span));

  const sentences = article.sentences.filter(
    (s) => !inside(s, headlineSpan) && !faqSpans.some((f) => overlaps(s, f)),
  );
  for (const span of sentences) drafts.push(passage(article, index, 'text', span));
  const caption = article.caption;
  if (caption && !article.sentences.some((s) => overlaps(s, caption))) {
    drafts.push(passage(article, index, 'text', caption));
  }

  for (const quote of quotes) {
    const names = speakerNames(quote, entities);
    drafts.push({
      ...passage(article, index, 'quote', quote.span),
      ...(quote.speaker ? { speaker: quote.speaker.name, speakerNames: names } : {}),
    });
  }
  return drafts.sort((a, b) => a.start - b.start || kindOrder(a) - kindOrder(b));
}

/** At one offset a headline comes first, then quotes, then the sentence around them. */
function kindOrder(draft: Draft): number {
  return draft.kind === 'headline' ? 0 : draft.kind === 'quote' ? 1 : 2;
}

function entityDocument(entity: Entity, articleIndex: Map<string, number>): Draft | null {
  const byArticle = new Map<number, Span[]>();
  for (const mention of entity.mentions) {
    const index = articleIndex.get(mention.article);
    if (index === undefined) continue;
    byArticle.set(index, [...(byArticle.get(index) ?? []), mention.span]);
  }
  if (byArticle.size === 0) return null;
  const mentions = [...byArticle]
    .sort((a, b) => a[0] - b[0])
    .map(([article, spans]) => ({ article, spans: spans.sort((x, y) => x.start - y.start) }));
  const names = [...new Set([entity.name, ...entity.aliases])];
  return { kind: 'entity', article: -1, start: -1, end: -1, text: names.join(' · '), entity: entity.id, mentions };
}

/** All documents in reading order (article by article, by offset), entity documents last. */
export function collectDocuments(articles: readonly Article[], analysis?: Analysis): SearchDocument[] {
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const entities = new Map((analysis?.entities ?? []).map((e) => [e.id, e]));
  const quotesByArticle = new Map<string, Quote[]>();
  for (const quote of analysis?.quotes ?? []) {
    const list = quotesByArticle.get(quote.article) ?? [];
    list.push(quote);
    quotesByArticle.set(quote.article, list);
  }

  const drafts: Draft[] = articles.flatMap((article, i) =>
    articleDocuments(article, i, quotesByArticle.get(article.id) ?? [], entities),
  );
  for (const entity of analysis?.entities ?? []) {
    const draft = entityDocument(entity, articleIndex);
    if (draft) drafts.push(draft);
  }
  return drafts.map((draft, id) => ({ id, ...draft }));
}
