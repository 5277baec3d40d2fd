// `rknews show ID`: one article as readable text or as JSON with its structure as offsets.
import { findArticle } from '../../corpus/lookup';
import type { Article, Corpus, Span } from '../../corpus/types';
import { wrapPlain } from '../wrapPlain';
import { bold, dim, writeJson, type Output } from '../output';

const spanJson = (s: Span) => ({ start: s.start, end: s.end });

export function runShow(corpus: Corpus, key: string, json: boolean, io: Output): number {
  const found = findArticle(corpus, key);
  if ('error' in found) {
    io.err(`rknews: ${found.error}\n`);
    return 1;
  }
  const a = found.article;
  if (json) {
    writeJson(io, {
      id: a.id,
      path: a.path,
      headline: a.headline.value,
      outlet: a.outlet.value,
      date: a.date.value,
      provenance: { headline: a.headline.from, outlet: a.outlet.from, date: a.date.from },
      url: a.url,
      author: a.author,
      text: a.text,
      caption: a.caption && spanJson(a.caption),
      paragraphs: a.paragraphs.map(spanJson),
      sentences: a.sentences.map(spanJson),
      faq: a.faq.map((f) => ({ question: spanJson(f.question), answer: spanJson(f.answer) })),
    });
    return 0;
  }
  io.out(formatArticle(a, io));
  return 0;
}

export function describeArticle(a: Article): string {
  const outlet = a.outlet.value ?? 'unknown outlet';
  const date = a.date.value ?? 'undated';
  return `${outlet} · ${date} · ${a.words} words`;
}

function formatArticle(a: Article, io: Output): string {
  const width = io.columns === undefined ? undefined : Math.min(io.columns, 100);
  const block = (text: string) => (width === undefined ? text : wrapPlain(text, width).join('\n'));
  const lines = [bold(io, block(a.headline.value)), dim(io, describeArticle(a)), ''];
  if (a.caption) lines.push(dim(io, block(`[Photo] ${slice(a, a.caption)}`)), '');
  for (const p of a.paragraphs) lines.push(block(slice(a, p)), '');
  return lines.join('\n');
}

const slice = (a: Article, s: Span) => a.text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' ');
