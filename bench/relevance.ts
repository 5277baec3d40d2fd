// Relevance on the development queries (Reuters-21578 TOPICS as labels, read from
// ../shared/dev/reuters-topics at run time, never copied here): mean nDCG@10 and P@10 per
// engine, clean and typo'd queries apart, computed as ../shared/dev/score/relevance.py does
// (an engine's ranked list of article ids; binary gain; log2 discount).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Article } from '../src/corpus/types';

export interface DevQuery {
  id: string;
  topic: string;
  query: string;
  typo: boolean;
}

export interface DevSet {
  labels: Record<string, string[]>;
  queries: DevQuery[];
}

export function loadDevSet(dir: string): DevSet | null {
  const labels = join(dir, 'labels.json');
  const queries = join(dir, 'queries.json');
  if (!existsSync(labels) || !existsSync(queries)) return null;
  return { labels: JSON.parse(readFileSync(labels, 'utf8')), queries: JSON.parse(readFileSync(queries, 'utf8')) };
}

export interface Figures {
  ndcg: number;
  p10: number;
  count: number;
}

function metrics(ranked: readonly string[], relevant: ReadonlySet<string>): { ndcg: number; p10: number } {
  const top = ranked.slice(0, 10);
  const p10 = top.filter((a) => relevant.has(a)).length / 10;
  let dcg = 0;
  top.forEach((a, i) => {
    if (relevant.has(a)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(10, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return { ndcg: ideal ? dcg / ideal : 0, p10 };
}

/** Mean figures of an engine (a function from query to ranked article ids) over the clean and the typo'd queries. */
export function scoreEngine(dev: DevSet, rank: (query: string) => string[]): { clean: Figures; typo: Figures; perQuery: Map<string, number> } {
  const relevant = new Map<string, Set<string>>();
  for (const [id, topics] of Object.entries(dev.labels)) {
    for (const t of topics) {
      if (!relevant.has(t)) relevant.set(t, new Set());
      relevant.get(t)!.add(id);
    }
  }
  const sums = { clean: { ndcg: 0, p10: 0, count: 0 }, typo: { ndcg: 0, p10: 0, count: 0 } };
  const perQuery = new Map<string, number>();
  for (const q of dev.queries) {
    const ids: string[] = [];
    for (const id of rank(q.query)) if (!ids.includes(id)) ids.push(id);
    const m = metrics(ids, relevant.get(q.topic) ?? new Set());
    const s = q.typo ? sums.typo : sums.clean;
    s.ndcg += m.ndcg;
    s.p10 += m.p10;
    s.count++;
    perQuery.set(q.query, m.ndcg);
  }
  const mean = (s: Figures): Figures => ({ ndcg: s.ndcg / (s.count || 1), p10: s.p10 / (s.count || 1), count: s.count });
  return { clean: mean(sums.clean), typo: mean(sums.typo), perQuery };
}

/** The plain baseline: minisearch's own BM25 over title and body, title boost 2, fuzzy 0.2, prefix. */
export function miniSearchBaseline(articles: readonly Article[]): (query: string) => string[] {
  const mini = new MiniSearch<{ id: number; title: string; body: string }>({ fields: ['title', 'body'], idField: 'id' });
  mini.addAll(articles.map((a, id) => ({ id, title: a.headline.value, body: a.text })));
  return (query) =>
    mini
      .search(query, { boost: { title: 2 }, fuzzy: 0.2, prefix: true })
      .slice(0, 100)
      .map((r) => articles[r.id as number].id);
}

/** One setting of the tuned weights and its nDCG@10 per development query (by query text). */
export interface Trial<C> {
  config: C;
  perQuery: ReadonlyMap<string, number>;
}

export interface CrossValidation<C> {
  /** Per held-out topic: the setting chosen on the other topics. */
  chosen: Map<string, C>;
  /** Each query's nDCG@10 under the setting chosen without its topic. */
  perQuery: Map<string, number>;
  clean: number;
  typo: number;
}

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/**
 * Leave-one-topic-out cross-validation: for each topic, the setting with the best mean nDCG@10
 * over the other topics' queries (clean and typo'd; the earliest setting on a tie) scores that
 * topic's queries. Only this figure says whether a tuned weight generalises to topics it was
 * not tuned on; the in-sample mean of the best setting always flatters.
 */
export function leaveOneTopicOut<C>(dev: DevSet, trials: readonly Trial<C>[]): CrossValidation<C> {
  const topics = [...new Set(dev.queries.map((q) => q.topic))];
  const chosen = new Map<string, C>();
  const perQuery = new Map<string, number>();
  for (const topic of topics) {
    const training = dev.queries.filter((q) => q.topic !== topic);
    let best: Trial<C> | null = null;
    let bestMean = -Infinity;
    for (const trial of trials) {
      const mean = meanOf(training.map((q) => trial.perQuery.get(q.query) ?? 0));
      if (mean > bestMean) [best, bestMean] = [trial, mean];
    }
    if (!best) continue;
    chosen.set(topic, best.config);
    for (const q of dev.queries) if (q.topic === topic) perQuery.set(q.query, best.perQuery.get(q.query) ?? 0);
  }
  const over = (typo: boolean) => meanOf(dev.queries.filter((q) => q.typo === typo).map((q) => perQuery.get(q.query) ?? 0));
  return { chosen, perQuery, clean: over(false), typo: over(true) };
}
