// `npm run bench -- --only=ranking`: the ranking weights (RANKING in src/search/engine.ts) on the
// development queries, in one process over one Reuters index: nDCG@10 of the weights as they
// stand, of the best setting on a small grid around them (in-sample), and leave-one-topic-out
// cross-validation over that grid, beside minisearch's BM25 in the same run. A weight is worth
// changing only when the cross-validated figure beats the weights as they stand.
import { fileURLToPath } from 'node:url';
import { loadDocs } from '../src/corpus/load';
import { parseArticle } from '../src/corpus/parse';
import { buildSearchIndex, search } from '../src/search';
import { RANKING } from '../src/search/engine';
import type { SearchIndex } from '../src/search/types';
import { leaveOneTopicOut, loadDevSet, miniSearchBaseline, scoreEngine, type DevSet, type Trial } from './relevance';

const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));
const REUTERS = `${SHARED}/corpora/reuters-21578.jsonl`;
const DEV = `${SHARED}/dev/reuters-topics`;

type Weights = typeof RANKING;
/** Each weight as it stands, at half and at one and a half times (a share at most 1). */
const STEPS = [1, 0.5, 1.5];

/** Every combination of the steps; the weights as they stand come first (ties go to them). */
function grid(base: Weights): Weights[] {
  let settings: Weights[] = [{ ...base }];
  for (const key of Object.keys(base) as (keyof Weights)[]) {
    settings = settings.flatMap((s) => STEPS.map((step) => ({ ...s, [key]: Math.min(1, Math.round(base[key] * step * 1e4) / 1e4) })));
  }
  const seen = new Set<string>();
  return settings.filter((s) => !seen.has(JSON.stringify(s)) && seen.add(JSON.stringify(s)));
}

const f2 = (n: number) => n.toFixed(3);

export async function benchRanking(): Promise<Record<string, number>> {
  const say = (line: string) => console.log(line);
  const dev = loadDevSet(DEV);
  if (!dev) {
    say(`ranking: skipped (no labels and queries in ${DEV})`);
    return {};
  }
  const articles = loadDocs([REUTERS]).docs.map(parseArticle);
  if (!articles.length) {
    say(`ranking: skipped (no articles in ${REUTERS})`);
    return {};
  }
  const index = buildSearchIndex(articles);
  const standing: Weights = { ...RANKING };
  // As `rknews search` ranks (near matches among the full ones), which relevance.py scores.
  const rank = (q: string) => search(index, q, { near: true }).slice(0, 100).map((r) => r.article);
  const trials: (Trial<Weights> & { clean: number; typo: number })[] = [];
  try {
    for (const weights of grid(standing)) {
      Object.assign(RANKING, weights);
      const s = scoreEngine(dev, rank);
      trials.push({ config: weights, perQuery: s.perQuery, clean: s.clean.ndcg, typo: s.typo.ndcg });
    }
  } finally {
    Object.assign(RANKING, standing);
  }
  const now = trials[0];
  const best = trials.reduce((a, b) => (b.clean + b.typo > a.clean + a.typo ? b : a));
  const cv = leaveOneTopicOut(dev, trials);
  const mini = scoreEngine(dev, miniSearchBaseline(articles));
  say(`ranking weights on the development queries (nDCG@10 clean / typo'd; ${trials.length} settings, each weight x${STEPS.join(', x')}):`);
  say(`  as they stand ${JSON.stringify(standing)}: ${f2(now.clean)} / ${f2(now.typo)}`);
  say(`  best setting in-sample ${JSON.stringify(best.config)}: ${f2(best.clean)} / ${f2(best.typo)}`);
  say(`  leave-one-topic-out cross-validation over the grid: ${f2(cv.clean)} / ${f2(cv.typo)}`);
  say(`  minisearch BM25, same run: ${f2(mini.clean.ndcg)} / ${f2(mini.typo.ndcg)}`);
  for (const [topic, weights] of cv.chosen) if (JSON.stringify(weights) !== JSON.stringify(standing)) say(`    without ${topic}: ${JSON.stringify(weights)}`);
  for (const q of dev.queries) {
    const delta = (cv.perQuery.get(q.query) ?? 0) - (now.perQuery.get(q.query) ?? 0);
    if (Math.abs(delta) >= 0.005) say(`    ${q.query.padEnd(34)} ${f2(now.perQuery.get(q.query) ?? 0)} -> ${f2(cv.perQuery.get(q.query) ?? 0)} cross-validated`);
  }
  reportMisses(dev, index, now.perQuery, say);
  return {
    'ranking.ndcg10': now.clean,
    'ranking.typo_ndcg10': now.typo,
    'ranking.best_in_sample_ndcg10': best.clean,
    'ranking.cv_ndcg10': cv.clean,
    'ranking.cv_typo_ndcg10': cv.typo,
    'ranking.minisearch_ndcg10': mini.clean.ndcg,
  };
}

/** Below this nDCG@10 a query's misses are described: what its labels let a ranking of the matches reach. */
const MISS_NDCG = 0.5;

/**
 * For the clean queries ranked worst: how many stories carry the topic, how many hold every
 * query word, and of those how many carry the topic or no TOPICS at all (the scorer counts
 * such a story as not relevant, whatever it is about). A miss the labels explain is not one a
 * weight can fix.
 */
function reportMisses(dev: DevSet, index: SearchIndex, perQuery: ReadonlyMap<string, number>, say: (line: string) => void): void {
  const worst = dev.queries.filter((q) => !q.typo && (perQuery.get(q.query) ?? 0) < MISS_NDCG);
  if (!worst.length) return;
  say(`  clean queries under nDCG@10 ${MISS_NDCG}: stories carrying the topic, and the matches holding every word (in any form rknews matches)`);
  for (const q of worst) {
    const withTopic = Object.values(dev.labels).filter((topics) => topics.includes(q.topic)).length;
    const r = search(index, q.query);
    const holding = r.slice(0, r.total).map((a) => dev.labels[a.article] ?? []);
    const relevant = holding.filter((topics) => topics.includes(q.topic)).length;
    const unlabelled = holding.filter((topics) => !topics.length).length;
    say(`    ${q.query.padEnd(34)} ${f2(perQuery.get(q.query) ?? 0)}: ${withTopic} carry ${q.topic}; ${r.total} hold every word: ${relevant} carry ${q.topic}, ${unlabelled} no TOPICS at all`);
  }
}
