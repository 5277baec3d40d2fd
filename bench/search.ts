// Search benchmark: index build time, latency per keystroke (queries typed letter by
// letter), peak memory, and the same queries through one plain fuse.js instance over
// all documents (the naive baseline) for speed and top-10 agreement.
import { availableParallelism, loadavg } from 'node:os';
import Fuse from 'fuse.js';
import { loadDocs } from '../src/corpus/load';
import { parseArticle } from '../src/corpus/parse';
import type { Article } from '../src/corpus/types';
import { buildSearchIndex, search } from '../src/search';
import type { SearchHit, SearchIndex } from '../src/search/types';
import { synthArticles } from './synth';

const DEFAULT_REUTERS = '/work/shared/corpora/reuters-21578.jsonl';

/** Typos, several words, phrases and operators, over words the seeds contain. */
const SEED_QUERIES = [
  'unconditonal suport',
  'matthew miler',
  'north korean artilery shells',
  '"space launch center"',
  'putin !kim',
  'satelite | submarines',
  "'cosmo",
  '^vlad',
  'balistic missiles',
  'kremlin spokesman peskov',
  'arms deal',
  'ukrain war',
];

/** The same shapes over words the Reuters corpus contains. */
const REUTERS_QUERIES = [
  'opec oil prodution',
  'bundesbank intrest rates',
  '"trade deficit"',
  'wheat | corn',
  'coffee !brazil',
  'japanese yen dolar',
  "'petro",
  '^bank',
  'grain exports soviet',
  'merger acquisiton',
  'cocoa',
  'federal reserve',
];

/** Queries whose meaning fuse.js extended search shares (it reads ^ and $ as whole-string anchors). */
const comparable = (q: string) => !/(^|\s)\^|\$(\s|$)/.test(q);

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

/** Wall time and CPU time (all threads of the process) of one call. */
function timedWithCpu<T>(f: () => T): [T, number, number] {
  const before = process.cpuUsage();
  const [value, wall] = timed(f);
  const used = process.cpuUsage(before);
  return [value, wall, (used.user + used.system) / 1000];
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

interface Latency {
  p50: number;
  p95: number;
  max: number;
  /** The same keystrokes in CPU time: what they cost when other processes share the machine. */
  cpuP50: number;
  cpuP95: number;
}

function measureKeystrokes(index: SearchIndex, queries: string[]): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of keystrokes(queries)) {
    const [, wallMs, cpuMs] = timedWithCpu(() => search(index, q, { limit: 50 }));
    wall.push(wallMs);
    cpu.push(cpuMs);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    max: wall[wall.length - 1],
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
}

function recordLatency(out: Record<string, number>, label: string, latency: Latency): string {
  out[`search.p50_ms_${label}`] = latency.p50;
  out[`search.p95_ms_${label}`] = latency.p95;
  out[`search.max_ms_${label}`] = latency.max;
  out[`search.p50_cpu_ms_${label}`] = latency.cpuP50;
  out[`search.p95_cpu_ms_${label}`] = latency.cpuP95;
  return `keystrokes p50 ${fmt(latency.p50)} p95 ${fmt(latency.p95)} max ${fmt(latency.max)} (CPU time p50 ${fmt(latency.cpuP50)} p95 ${fmt(latency.cpuP95)})`;
}

/** fuse.js extended syntax for a query: phrases become include-matches of the quoted words. */
function fuseQuery(q: string): string {
  return q.replace(/(^|\s)"([^"]*)"/g, `$1'"$2"`);
}

const hitKey = (article: string, start: number) => `${article}:${start}`;

interface Baseline {
  speedup: number;
  overlap: number;
  /** Per full query: the share of fuse.js's top 10 that search also ranks in its top 10. */
  overlaps: [string, number][];
  /** The share of fuse.js's top 10 that search lists in its first 50 (one screen and a bit). */
  recall50: number;
  fuseMsMean: number;
  oursMsMean: number;
  fuseQueries: number;
}

/**
 * One fuse.js over every document, as a naive search would be. It scans everything per
 * query (seconds at 10k articles), so it runs on the full queries and the half-typed form
 * of every third one, not on every keystroke.
 */
function compareWithFuse(index: SearchIndex, queries: string[]): Baseline {
  const docs = index.documents.filter((d) => d.start >= 0);
  const fuse = new Fuse(
    docs.map((d) => d.text),
    { useExtendedSearch: true, ignoreLocation: true, includeMatches: true, includeScore: true, minMatchCharLength: 2, threshold: 0.35 },
  );
  const full = queries.filter(comparable);
  const sample = [...full, ...full.filter((_, i) => i % 3 === 0).map((q) => q.slice(0, Math.ceil(q.length / 2)))];
  let fuseMs = 0;
  let oursMs = 0;
  const overlaps: [string, number][] = [];
  const recalls: number[] = [];
  for (const q of sample) {
    const [theirs, fuseTime] = timed(() => fuse.search(fuseQuery(q), { limit: 10 }));
    const [ours, ourTime] = timed(() => search(index, q, { limit: 50 }));
    fuseMs += fuseTime;
    oursMs += ourTime;
    if (!queries.includes(q)) continue;
    const theirKeys = new Set(theirs.map((r) => hitKey(index.articles[docs[r.refIndex].article].id, docs[r.refIndex].start)));
    if (!theirKeys.size) continue;
    const shared = (hits: SearchHit[]) => hits.filter((h) => theirKeys.has(hitKey(h.article, h.start))).length;
    overlaps.push([q, shared(ours.slice(0, 10)) / theirKeys.size]);
    recalls.push(shared(ours) / theirKeys.size);
  }
  return {
    speedup: fuseMs / oursMs,
    overlap: overlaps.reduce((a, [, o]) => a + o, 0) / overlaps.length,
    overlaps,
    recall50: recalls.reduce((a, b) => a + b, 0) / recalls.length,
    fuseMsMean: fuseMs / sample.length,
    oursMsMean: oursMs / sample.length,
    fuseQueries: sample.length,
  };
}

function loadReuters(path: string): Article[] {
  const { docs } = loadDocs([path]);
  return docs.map(parseArticle);
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : 'n/a');

export async function benchSearch(opts: { reutersPath?: string } = {}): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  say('search benchmark (times in ms; latency = one search per keystroke, queries typed letter by letter)');
  out['search.load_avg_start'] = loadavg()[0];
  say(`load average ${fmt(loadavg()[0])} on ${availableParallelism()} CPUs: wall times include waiting for the CPU, CPU times do not`);

  // Warm the JIT on a small corpus so the first measured keystrokes are not compile time.
  const warm = buildSearchIndex(synthArticles({ articles: 200, seed: 7 }));
  measureKeystrokes(warm, SEED_QUERIES);

  for (const size of [1000, 10000]) {
    const label = size === 1000 ? '1k' : '10k';
    const articles = synthArticles({ articles: size, seed: 1 });
    const [index, buildMs, buildCpuMs] = timedWithCpu(() => buildSearchIndex(articles));
    const latency = measureKeystrokes(index, SEED_QUERIES);
    out[`search.build_ms_${label}`] = buildMs;
    out[`search.build_cpu_ms_${label}`] = buildCpuMs;
    out[`search.documents_${label}`] = index.documents.length;
    say(`synthetic ${label}: ${index.documents.length} documents, build ${fmt(buildMs)} (CPU ${fmt(buildCpuMs)}), ${recordLatency(out, label, latency)}`);
    if (size === 10000) {
      out['search.rss_mb_10k'] = peakRssMb();
      say(`  peak RSS ${fmt(out['search.rss_mb_10k'])} MB`);
      const baseline = compareWithFuse(index, SEED_QUERIES);
      out['search.speedup_vs_fuse_10k'] = baseline.speedup;
      out['search.top10_overlap_10k'] = baseline.overlap;
      out['search.fuse_top10_in_top50_10k'] = baseline.recall50;
      out['search.fuse_ms_mean_10k'] = baseline.fuseMsMean;
      say(
        `  naive fuse.js over all ${index.documents.length} documents (${baseline.fuseQueries} sampled queries, not every keystroke): ` +
          `${fmt(baseline.fuseMsMean)} a query vs ${fmt(baseline.oursMsMean)}, ${fmt(baseline.speedup)}x faster, top-10 overlap ${fmt(baseline.overlap)}`,
      );
      say(`  overlap by query: ${baseline.overlaps.map(([q, o]) => `${q} ${fmt(o)}`).join('; ')}`);
      say(`  fuse.js's top 10 found in search's first 50: ${fmt(baseline.recall50)}`);
    }
  }

  const reutersPath = opts.reutersPath ?? DEFAULT_REUTERS;
  try {
    const articles = loadReuters(reutersPath);
    const [index, buildMs, buildCpuMs] = timedWithCpu(() => buildSearchIndex(articles));
    const latency = measureKeystrokes(index, REUTERS_QUERIES);
    out['search.build_ms_reuters'] = buildMs;
    out['search.build_cpu_ms_reuters'] = buildCpuMs;
    out['search.documents_reuters'] = index.documents.length;
    const report = recordLatency(out, 'reuters', latency);
    out['search.rss_mb_reuters'] = peakRssMb();
    say(`reuters (${articles.length} articles, ${index.documents.length} documents): build ${fmt(buildMs)} (CPU ${fmt(buildCpuMs)}), ${report}, peak RSS ${fmt(out['search.rss_mb_reuters'])} MB`);
  } catch (error) {
    say(`reuters: skipped (${(error as Error).message})`);
  }
  out['search.load_avg_end'] = loadavg()[0];
  return out;
}
