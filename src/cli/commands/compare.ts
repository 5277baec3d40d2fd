// `rknews compare A B` and `rknews stories`: what two sources share, and which articles tell one story.
import { alignArticles, buildAlignContext, buildVocabulary, contextWithVocabulary, duplicateLabel, findStories, type SharedSentence, type Story } from '../../analysis/align';
import { findArticle } from '../../corpus/lookup';
import type { Article, Corpus, Span } from '../../corpus/types';
import { openCorpusCache } from '../../store/corpusCache';
import { cachedVocabulary } from '../../store/vocabularyCache';
import { analyseForCli } from '../analysis';
import { bold, dim, writeJson, type Output } from '../output';

const spanJson = (s: Span) => ({ start: s.start, end: s.end });
/** A span with the text it covers, so a script needs no second call to read it. */
const withText = (article: Article) => (s: Span) => ({ ...spanJson(s), text: article.text.slice(s.start, s.end) });

/**
 * Compares two articles with only their own analysis (entities) and the corpus's vocabulary, read
 * from the cache when the corpus is unchanged: analysing the whole corpus to compare two of its
 * articles took 26–31 s on Reuters.
 */
export async function runCompare(corpus: Corpus, keys: string[], json: boolean, io: Output): Promise<number> {
  const found = keys.map((k) => findArticle(corpus, k));
  for (const f of found) if ('error' in f) io.err(`rknews: ${f.error}\n`);
  if (found.some((f) => 'error' in f)) return 1;
  const [a, b] = found.map((f) => (f as { article: Article }).article);
  const pair = a === b ? [a] : [a, b];
  const analysis = await analyseForCli({ ...corpus, articles: pair }, io, 'entities', false);
  const stats = cachedVocabulary(corpus.articles, () => buildVocabulary(corpus.articles));
  if (stats.warning) io.err(`rknews: warning: ${stats.warning}\n`);
  const al = alignArticles(a, b, contextWithVocabulary(pair, analysis.entities, stats.vocabulary));
  if (json) {
    const [inA, inB] = [withText(a), withText(b)];
    const pairJson = (s: SharedSentence) => ({ a: inA(s.a), b: inB(s.b), score: s.score, sameness: s.sameness });
    writeJson(io, {
      a: al.a,
      b: al.b,
      similarity: al.similarity,
      shared: al.shared.map(pairJson),
      overlap: al.overlap.map((s) => ({ ...pairJson(s), differ: { a: s.differ.a.map(inA), b: s.differ.b.map(inB) } })),
      onlyA: al.onlyA.map(inA),
      onlyB: al.onlyB.map(inB),
    });
    return 0;
  }
  const text = (art: Article, s: Span) => art.text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' ');
  const out: string[] = [
    `${bold(io, 'A')} ${a.id}: ${a.headline.value} (${a.outlet.value ?? 'unknown outlet'}, ${a.date.value ?? 'undated'})`,
    `${bold(io, 'B')} ${b.id}: ${b.headline.value} (${b.outlet.value ?? 'unknown outlet'}, ${b.date.value ?? 'undated'})`,
    `similarity ${al.similarity.toFixed(2)} · ${al.shared.length} same · ${al.overlap.length} overlap · ${al.onlyA.length} only in A · ${al.onlyB.length} only in B`,
    '',
    bold(io, 'Reported by both:'),
  ];
  const score = (s: SharedSentence) => dim(io, `     (score ${s.score.toFixed(2)}, same ${s.sameness.toFixed(2)})`);
  for (const s of al.shared) out.push(`  A: ${text(a, s.a)}`, `  B: ${text(b, s.b)}`, score(s));
  const none = (n: number) => (n === 0 ? [dim(io, '  (none)')] : []);
  out.push(...none(al.shared.length));
  out.push('', bold(io, 'Told differently (the words that differ marked):'));
  for (const s of al.overlap) {
    out.push(`  A: ${marked(io, a, s.a, s.differ.a)}`, `  B: ${marked(io, b, s.b, s.differ.b)}`, score(s));
  }
  out.push(...none(al.overlap.length));
  out.push('', bold(io, 'Only in A:'), ...al.onlyA.map((s) => `  ${text(a, s)}`), ...none(al.onlyA.length));
  out.push('', bold(io, 'Only in B:'), ...al.onlyB.map((s) => `  ${text(b, s)}`), ...none(al.onlyB.length), '');
  io.out(out.join('\n'));
  return 0;
}

/** Differing words stand out in bold, or in [brackets] where there is no colour (a pipe, NO_COLOR). */
const emphasis = (io: Output, text: string) => (io.color ? bold(io, text) : `[${text}]`);

/** The sentence on one line, with the differing words marked. */
function marked(io: Output, article: Article, sentence: Span, differ: readonly Span[]): string {
  let out = '';
  let at = sentence.start;
  for (const d of differ) {
    out += article.text.slice(at, d.start) + emphasis(io, article.text.slice(d.start, d.end));
    at = d.end;
  }
  return (out + article.text.slice(at, sentence.end)).replace(/\s*\n\s*/g, ' ');
}

/** The corpus's stories: read from the corpus cache, else found (which needs the merged entities) and saved. */
async function corpusStories(corpus: Corpus, io: Output): Promise<Story[]> {
  const cache = openCorpusCache(corpus.articles);
  const cached = await cache.stories();
  for (const w of cache.warnings) io.err(`rknews: warning: ${w}\n`);
  if (cached) return cached;
  const analysis = await analyseForCli(corpus, io, 'entities');
  const stories = findStories(buildAlignContext(corpus.articles, analysis.entities), analysis.entities);
  const saveError = await cache.save('stories', stories);
  if (saveError) io.err(`rknews: warning: ${saveError}\n`);
  return stories;
}

export async function runStories(corpus: Corpus, json: boolean, io: Output): Promise<number> {
  const stories = await corpusStories(corpus, io);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const about = (id: string) => {
    const a = byId.get(id)!;
    return { id, headline: a.headline.value, outlet: a.outlet.value, date: a.date.value };
  };
  if (json) {
    const members = (s: Story) => s.members.map((m) => ({ ...about(m.id), duplicates: m.duplicates }));
    writeJson(io, stories.map((s) => ({ id: s.id, title: s.title, articles: s.articles, members: members(s) })));
    return 0;
  }
  const line = (id: string) => {
    const a = about(id);
    return `${a.id}  ${a.headline} ${dim(io, `(${a.outlet ?? 'unknown outlet'}, ${a.date ?? 'undated'})`)}`;
  };
  for (const s of stories) {
    const rows = s.members.flatMap((m) => [`  ${line(m.id)}`, ...m.duplicates.map((d) => dim(io, `      ${d.id}: ${duplicateLabel({ ...d, id: m.id })}`))]);
    io.out(`${bold(io, s.id)}  ${s.title}\n${rows.join('\n')}\n`);
  }
  if (stories.length === 0) io.err('rknews: no two articles tell the same story\n');
  return 0;
}
