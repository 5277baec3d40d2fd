// Hand-built corpora for UI tests: the UI must not depend on the loader's details.
import type { Article, Corpus, LoadProblem, Span } from '../../src/corpus/types';

export interface ArticleSpec {
  id: string;
  headline: string;
  outlet?: string | null;
  date?: string | null;
  caption?: string;
  paragraphs: string[];
}

/** Builds an article whose text is the caption and paragraphs separated by blank lines. */
export function makeArticle(spec: ArticleSpec): Article {
  const blocks = spec.caption ? [spec.caption, ...spec.paragraphs] : spec.paragraphs;
  const spans: Span[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + block.length });
    text += block;
  }
  const caption = spec.caption ? spans[0] : null;
  const paragraphs = spec.caption ? spans.slice(1) : spans;
  const body = paragraphs.length > 0 ? { start: paragraphs[0].start, end: text.length } : { start: text.length, end: text.length };
  const outlet = spec.outlet ?? null;
  const date = spec.date ?? null;
  return {
    id: spec.id,
    path: `/fixtures/${spec.id}.txt`,
    text,
    headline: { value: spec.headline, from: 'explicit' },
    outlet: { value: outlet, from: outlet === null ? 'unknown' : 'explicit' },
    date: { value: date, from: date === null ? 'unknown' : 'explicit' },
    url: null,
    author: null,
    caption,
    titleLine: null,
    body,
    paragraphs,
    sentences: paragraphs,
    faq: [],
    words: text.split(/\s+/).filter(Boolean).length,
  };
}

const LOREM =
  'The delegation arrived on Tuesday after a long journey across the border, and officials said talks would continue through the week. ' +
  'Observers noted that the tone of the meeting was cordial, although several questions about trade and security remained open.';

export function longParagraphs(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}. ${LOREM}`);
}

export function sampleCorpus(options: { problems?: LoadProblem[]; articles?: number } = {}): Corpus {
  const base: Article[] = [
    makeArticle({
      id: 'alpha',
      headline: 'Leaders meet at a remote spaceport to discuss cooperation',
      outlet: 'Example Wire',
      date: '2023-09-13',
      caption: 'Two leaders shake hands in front of a rocket assembly hall. (Example Wire)',
      paragraphs: longParagraphs(12),
    }),
    makeArticle({
      id: 'beta',
      headline: 'A summit with no stated date',
      paragraphs: ['Short article body.', 'Second paragraph.'],
    }),
    makeArticle({
      id: 'gamma',
      headline: '東京で会談 — wide characters and emoji 🚀 in a headline',
      outlet: 'Daily Example',
      date: '2023-09-14',
      paragraphs: ['宇宙基地で首脳会談が行われた。'.repeat(8), 'Rocket 🚀 emoji and a verylongwordthatcannotbebrokenanywherebecauseithasnospacesatall in text.'],
    }),
  ];
  const extra = Array.from({ length: Math.max(0, (options.articles ?? 3) - base.length) }, (_, i) =>
    makeArticle({ id: `n${i}`, headline: `Extra article number ${i}`, outlet: 'Example Wire', date: '2023-09-15', paragraphs: longParagraphs(2) }),
  );
  return { name: 'fixture', articles: [...base, ...extra].slice(0, Math.max(options.articles ?? 3, 0)), problems: options.problems ?? [] };
}
