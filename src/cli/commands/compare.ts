// `rknews compare A B` and `rknews stories`: what two sources share, and which articles tell one story.
import { alignArticles, buildAlignContext, findStories } from '../../analysis/align';
import type { Analysis } from '../../analysis/types';
import { findArticle } from '../../corpus/lookup';
import type { Article, Corpus, Span } from '../../corpus/types';
import { bold, dim, writeJson, type Output } from '../output';

const spanJson = (s: Span) => ({ start: s.start, end: s.end });

export function runCompare(corpus: Corpus, analysis: Analysis, keys: string[], json: boolean, io: Output): number {
  const found = keys.map((k) => findArticle(corpus, k));
  for (const f of found) if ('error' in f) io.err(`rknews: ${f.error}\n`);
  if (found.some((f) => 'error' in f)) return 1;
  const [a, b] = found.map((f) => (f as { article: Article }).article);
  const al = alignArticles(a, b, buildAlignContext(corpus.articles, analysis.entities));
  if (json) {
    writeJson(io, {
      a: al.a,
      b: al.b,
      similarity: al.similarity,
      shared: al.shared.map((s) => ({ a: spanJson(s.a), b: spanJson(s.b), score: s.score })),
      onlyA: al.onlyA.map(spanJson),
      onlyB: al.onlyB.map(spanJson),
    });
    return 0;
  }
  const text = (art: Article, s: Span) => art.text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' ');
  const out: string[] = [
    `${bold(io, 'A')} ${a.id}: ${a.headline.value} (${a.outlet.value ?? 'unknown outlet'}, ${a.date.value ?? 'undated'})`,
    `${bold(io, 'B')} ${b.id}: ${b.headline.value} (${b.outlet.value ?? 'unknown outlet'}, ${b.date.value ?? 'undated'})`,
    `similarity ${al.similarity.toFixed(2)} · ${al.shared.length} shared · ${al.onlyA.length} only in A · ${al.onlyB.length} only in B`,
    '',
    bold(io, 'Reported by both:'),
  ];
  for (const s of al.shared) out.push(`  A: ${text(a, s.a)}`, `  B: ${text(b, s.b)}`, dim(io, `     (score ${s.score.toFixed(2)})`));
  const none = (n: number) => (n === 0 ? [dim(io, '  (none)')] : []);
  out.push(...none(al.shared.length));
  out.push('', bold(io, 'Only in A:'), ...al.onlyA.map((s) => `  ${text(a, s)}`), ...none(al.onlyA.length));
  out.push('', bold(io, 'Only in B:'), ...al.onlyB.map((s) => `  ${text(b, s)}`), ...none(al.onlyB.length), '');
  io.out(out.join('\n'));
  return 0;
}

export function runStories(corpus: Corpus, analysis: Analysis, json: boolean, io: Output): number {
  const stories = findStories(buildAlignContext(corpus.articles, analysis.entities));
  if (json) {
    writeJson(io, stories);
    return 0;
  }
  for (const s of stories) io.out(`${bold(io, s.id)}  ${s.title}\n${s.articles.map((id) => `  ${id}`).join('\n')}\n`);
  if (stories.length === 0) io.err('rknews: no two articles tell the same story\n');
  return 0;
}
