// Search benchmark, side by side with a plain minisearch BM25 index on the same articles:
// relevance on the development queries (nDCG@10, P@10), latency per keystroke (queries typed
// letter by letter), the reader's index build in time slices and its first keystroke, and
// `rknews search` on Reuters as a whole process, cold and warm.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocs } from '../src/corpus/load';
import { parseArticle } from '../src/corpus/parse';
import type { Article } from '../src/corpus/types';
import { buildSearchIndex, search } from '../src/search';
import type { SearchIndex } from '../src/search/types';
import { startCachedIndexBuild } from '../src/store/searchIndexCache';
import { coldAndWarm } from './cli';
import { loadDevSet, miniSearchBaseline, scoreEngine, type Figures } from './relevance';
import { synthArticles } from './synth';

const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));
const REUTERS = `${SHARED}/corpora/reuters-21578.jsonl`;
const DEV = `${SHARED}/dev/reuters-topics`;

/** Typos, several words, phrases and operators, over words the seeds contain. */
const SEED_QUERIES = ['unconditonal suport', 'matthew miler', 'north korean artilery shells', '"space launch center"', 'putin !kim', 'satelite | submarines', "'cosmo", '^vlad', 'balistic missiles', 'kremlin spokesman peskov', 'arms deal', 'ukrain war'];

/** The same shapes over words the Reuters corpus contains. */
const REUTERS_QUERIES = ['opec oil prodution', 'bundesbank intrest rates', '"trade deficit"', 'wheat | corn', 'coffee !brazil', 'japanese yen dolar', "'petro", '^bank', 'grain exports soviet', 'merger acquisiton', 'cocoa', 'federal reserve'];

/** Every prefix of every query, as typed: one search per keystroke. */
function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : 'n/a');

interface Latency {
  p50: number;
  p95: number;
  max: number;
  /** The same keystrokes in CPU time: what they cost when other processes share the machine. */
  cpuP50: number;
  cpuP95: number;
}

/** One query per keystroke, as the reader runs it: the count and the first screen of 20 articles with their best passage. */
function measureKeystrokes(run: (q: string) => void, queries: string[]): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of keystrokes(queries)) {
    const before = process.cpuUsage();
    wall.push(timed(() => run(q))[1]);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 50), p95: percentile(wall, 95), max: wall[wall.length - 1], cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95) };
}

const latencyText = (l: Latency) => `p50 ${fmt(l.p50)} p95 ${fmt(l.p95)} max ${fmt(l.max)} (CPU time p50 ${fmt(l.cpuP50)} p95 ${fmt(l.cpuP95)})`;

function readerKeystroke(index: SearchIndex): (q: string) => void {
  return (q) => {
    const r = search(index, q, { typing: true });
    for (const a of r.slice(0, 20)) r.snippets(a.index, 1);
  };
}

function loadReuters(): Article[] {
  const articles = loadDocs([REUTERS]).docs.map(parseArticle);
  if (!articles.length) throw new Error(`no articles in ${REUTERS}`);
  return articles;
}

/**
 * The reader's build: slices of 12 ms from the first frame on, as useSources runs it, reading
 * the index from `file` when it holds it and else building and saving it there; the longest
 * slice is how long a key may wait.
 */
async function slicedBuild(articles: readonly Article[], file: string): Promise<{ index: SearchIndex; from: string; readyMs: number; longestSliceMs: number }> {
  const start = performance.now();
  const build = startCachedIndexBuild(articles, file);
  let longest = 0;
  for (;;) {
    const [done, ms] = timed(() => build.step(12));
    longest = Math.max(longest, ms);
    if (done) break;
    // The index is saved asynchronously and the build is not done until the write settles: a loop
    // that never yields (as this one did) waits for it forever.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const [index, finishMs] = timed(() => build.finish());
  if (build.warning) throw new Error(build.warning);
  return { index, from: build.from ?? 'none', readyMs: performance.now() - start, longestSliceMs: Math.max(longest, finishMs) };
}

/** The reader's first keystroke after / on Reuters, with no saved index (built in slices, then saved) and with one (read). */
async function readerStart(articles: readonly Article[], say: (line: string) => void, out: Record<string, number>): Promise<SearchIndex> {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-bench-index-'));
  try {
    const file = join(dir, 'search-index.bin');
    let index: SearchIndex | null = null;
    for (const start of ['cold', 'warm']) {
      const reader = await slicedBuild(articles, file);
      const [, firstKey] = timed(() => readerKeystroke(reader.index)('o'));
      Object.assign(out, {
        [`search.reader_${start}_index_ready_ms_reuters`]: reader.readyMs,
        [`search.reader_${start}_longest_slice_ms_reuters`]: reader.longestSliceMs,
        [`search.reader_${start}_first_key_ms_reuters`]: reader.readyMs + firstKey,
      });
      say(
        `reuters (${articles.length} articles), the reader ${start} (index ${reader.from}): index ready ${fmt(reader.readyMs)} after the first frame ` +
          `(longest slice ${fmt(reader.longestSliceMs)}: keys wait no longer); first keystroke after / answered ${fmt(reader.readyMs + firstKey)} after the first frame (the search itself ${fmt(firstKey)})`,
      );
      index = reader.index;
    }
    return index!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSearch(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const say = (line: string) => console.log(line);
  say('search benchmark (ms; one search per keystroke, queries typed letter by letter)');
  out['search.load_avg_start'] = loadavg()[0];
  say(`load average ${fmt(loadavg()[0])} on ${availableParallelism()} CPUs: other work on the machine shows in every wall time`);

  const warm = buildSearchIndex(synthArticles({ articles: 200, seed: 7 }));
  measureKeystrokes(readerKeystroke(warm), SEED_QUERIES);
  const synth = synthArticles({ articles: 10000, seed: 1 });
  const [synthIndex, synthBuild] = timed(() => buildSearchIndex(synth));
  const synthLatency = measureKeystrokes(readerKeystroke(synthIndex), SEED_QUERIES);
  Object.assign(out, { 'search.build_ms_10k': synthBuild, 'search.p50_ms_10k': synthLatency.p50, 'search.p95_ms_10k': synthLatency.p95 });
  say(`synthetic 10k articles: build ${fmt(synthBuild)}, keystrokes ${latencyText(synthLatency)}`);

  let articles: Article[];
  try {
    articles = loadReuters();
  } catch (error) {
    say(`reuters: skipped (${(error as Error).message})`);
    return out;
  }
  const index = await readerStart(articles, say, out);
  const [mini, miniBuild] = timed(() => miniSearchBaseline(articles));
  const ours = measureKeystrokes(readerKeystroke(index), REUTERS_QUERIES);
  const theirs = measureKeystrokes((q) => mini(q), REUTERS_QUERIES);
  Object.assign(out, {
    'search.p50_ms_reuters': ours.p50,
    'search.p95_ms_reuters': ours.p95,
    'search.p50_cpu_ms_reuters': ours.cpuP50,
    'search.p95_cpu_ms_reuters': ours.cpuP95,
    'search.minisearch_p50_ms_reuters': theirs.p50,
    'search.minisearch_p95_ms_reuters': theirs.p95,
  });
  say(`  keystrokes: rknews ${latencyText(ours)} (count + first 20 articles with a passage)`);
  say(`              minisearch BM25 ${latencyText(theirs)} (first 100 ids; its index built in ${fmt(miniBuild)})`);
  out['search.rss_mb_reuters'] = process.resourceUsage().maxRSS / 1024;

  const dev = loadDevSet(DEV);
  if (!dev) {
    say(`  relevance: skipped (no labels and queries in ${DEV})`);
  } else {
    // As `rknews search` ranks (the articles lacking one word among the full matches), which relevance.py scores.
    const rk = scoreEngine(dev, (q) => search(index, q, { near: true }).slice(0, 100).map((r) => r.article));
    const ms = scoreEngine(dev, mini);
    const row = (name: string, f: { clean: Figures; typo: Figures }) =>
      `  ${name.padEnd(18)} nDCG@10 ${fmt(f.clean.ndcg)} P@10 ${fmt(f.clean.p10)} | typo'd nDCG@10 ${fmt(f.typo.ndcg)} P@10 ${fmt(f.typo.p10)}`;
    say(`  relevance on the ${rk.clean.count} clean and ${rk.typo.count} typo'd development queries (TOPICS labels):`);
    say(row('rknews', rk));
    say(row('minisearch BM25', ms));
    Object.assign(out, {
      'relevance.rknews_ndcg10': rk.clean.ndcg,
      'relevance.rknews_p10': rk.clean.p10,
      'relevance.rknews_typo_ndcg10': rk.typo.ndcg,
      'relevance.rknews_typo_p10': rk.typo.p10,
      'relevance.minisearch_ndcg10': ms.clean.ndcg,
      'relevance.minisearch_p10': ms.clean.p10,
      'relevance.minisearch_typo_ndcg10': ms.typo.ndcg,
      'relevance.minisearch_typo_p10': ms.typo.p10,
    });
  }

  const cliRuns: [string, string[]][] = [
    ['reuters', ['opec oil production', '--json', '--limit', '50']],
    ['reuters_all_oil_prices', ['oil prices', '--json']],
  ];
  for (const [name, args] of cliRuns) {
    const cli = coldAndWarm(['search', ...args, '-c', REUTERS], 5);
    if (typeof cli === 'string') {
      say(`  rknews search on reuters: skipped (${cli}; no dist/ build, or one was being rebuilt?)`);
      break;
    }
    Object.assign(out, { [`search.cli_cold_ms_${name}`]: cli.cold, [`search.cli_warm_ms_${name}`]: cli.warm });
    say(`  rknews search ${args.join(' ')} on reuters, whole process: cold (empty cache folder) ${fmt(cli.cold)}, warm (median of 5) ${fmt(cli.warm)}`);
  }
  out['search.load_avg_end'] = loadavg()[0];
  return out;
}
