// The growth table (issue 14): synthetic news archives of 1k, 10k, 20k and 100k articles
// (bench/newsSynth.ts, written to a temporary folder and removed after) and Reuters, each
// loaded, opened in the reader, analysed cold and warm and searched, with the cost per
// thousand articles beside each figure so a cost that grows faster than the archive shows.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus';
import { writeNewsCorpus } from './newsSynth';
import { analysisMs, measureReader, type ReaderFigures } from './readerRun';
import { snapshotProgram } from './snapshot';
import { median, percentile } from './stats';

export const REUTERS = fileURLToPath(new URL('../../shared/corpora/reuters-21578.jsonl', import.meta.url));

export const GROWTH_SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '20k': 20_000, '100k': 100_000 };

export interface GrowthRow {
  name: string;
  articles: number;
  megabytes: number;
  loadMs: number;
  reader: ReaderFigures;
}

/** `--sizes=1k,10k,reuters`: which rows (default: all of them). */
export function growthSizes(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
  const names = arg ? arg.split(',').filter(Boolean) : [...Object.keys(GROWTH_SIZES), 'reuters'];
  const unknown = names.filter((n) => n !== 'reuters' && !(n in GROWTH_SIZES));
  if (unknown.length) throw new Error(`--sizes: unknown ${unknown.join(', ')} (known: ${[...Object.keys(GROWTH_SIZES), 'reuters'].join(', ')})`);
  return names;
}

/** `--analysis-timeout=MIN`: how long a cold analysis may take before the row is left without it (default 90). */
export function analysisTimeoutMs(argv: readonly string[]): number {
  const arg = argv.find((a) => a.startsWith('--analysis-timeout='))?.slice('--analysis-timeout='.length);
  const minutes = arg === undefined ? 90 : Number(arg);
  if (!(minutes > 0)) throw new Error(`--analysis-timeout: minutes expected, not ${arg}`);
  return minutes * 60_000;
}

function timeLoad(path: string): { ms: number; articles: number } {
  const t = performance.now();
  const articles = loadCorpus([path]).articles.length;
  return { ms: performance.now() - t, articles };
}

/** The reader figures of one corpus, measured once per process (the reader bench reuses Reuters'). */
const measured = new Map<string, Promise<ReaderFigures>>();
export function readerFiguresOf(bin: string, path: string, timeoutMs: number): Promise<ReaderFigures> {
  if (!measured.has(path)) measured.set(path, measureReader(bin, path, timeoutMs));
  return measured.get(path)!;
}

async function row(bin: string, name: string, path: string, timeoutMs: number): Promise<GrowthRow> {
  const { ms, articles } = timeLoad(path);
  const reader = await readerFiguresOf(bin, path, timeoutMs);
  return { name, articles, megabytes: statSync(path).size / 2 ** 20, loadMs: ms, reader };
}

const fmt = (n: number | null | undefined, digits = 0) => (n == null || Number.isNaN(n) ? '–' : n.toFixed(digits));
/** `value (value per 1k articles)`. */
const perK = (value: number | null, articles: number, digits = 0) => (value == null ? '–' : `${fmt(value, digits)} (${fmt((value / articles) * 1000, digits === 0 ? 1 : digits)})`);

function printTable(rows: GrowthRow[]): void {
  const header = ['corpus', 'articles', 'MB', 'load ms (/1k)', 'first frame ms', 'cold analysis s (/1k)', 'warm analysis s (/1k)', 'lag p99/max ms', 'keys p50 ms (floor)', 'search p95 ms cold (1st)', 'search p95 ms warm', 'RSS MB (peak)'];
  const lines = rows.map((r) => {
    const { cold, warm } = r.reader;
    const coldS = analysisMs(cold.analysis);
    const warmS = analysisMs(warm.analysis);
    return [
      r.name,
      String(r.articles),
      fmt(r.megabytes, 1),
      perK(r.loadMs, r.articles),
      `${fmt(cold.firstFrameMs)} / ${fmt(warm.firstFrameMs)}`,
      perK(coldS == null ? null : coldS / 1000, r.articles, 2),
      perK(warmS == null ? null : warmS / 1000, r.articles, 2),
      `${fmt(cold.analysis?.lag?.p99)}/${fmt(cold.analysis?.lag?.max)}`,
      `${fmt(median(r.reader.keysDuringAnalysis))} (${fmt(median(r.reader.floorKeys))})`,
      `${fmt(percentile(r.reader.searchKeysDuringAnalysis, 95))} (${fmt(r.reader.searchKeysDuringAnalysis[0])})`,
      fmt(percentile(r.reader.searchKeys, 95)),
      `${fmt(warm.rssMb)} (${fmt(Math.max(cold.peakRssMb ?? 0, warm.peakRssMb ?? 0))})`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const show = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(show(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const l of lines) console.log(show(l));
  console.log(
    'first frame: cold / warm start; analysis: the reader probe, start to settled; lag: event-loop delay during the cold analysis; ' +
      'keys: j/k while the cold analysis runs (floor: a one-line Ink app, same run); search: per keystroke of 3 queries (15–30 keys), cold: typed after the keys test while the analysis may still run, the 1st waits for the index; warm: once the analysis is done; ' +
      'RSS: after the warm analysis (peak of both starts). Load ms: loadCorpus in the bench process (parsing is lazy).',
  );
}

export async function benchGrowth(argv: readonly string[] = process.argv): Promise<Record<string, number>> {
  const names = growthSizes(argv);
  const timeoutMs = analysisTimeoutMs(argv);
  const started = performance.now();
  const program = snapshotProgram();
  const out: Record<string, number> = {};
  const rows: GrowthRow[] = [];
  try {
    for (const name of names) {
      if (name === 'reuters') {
        rows.push(await row(program.bin, name, REUTERS, timeoutMs));
      } else {
        const dir = mkdtempSync(join(tmpdir(), `rknews-bench-growth-${name}-`));
        try {
          const path = join(dir, `news-${name}.jsonl`);
          writeNewsCorpus(path, { articles: GROWTH_SIZES[name], seed: 14 });
          rows.push(await row(program.bin, name, path, timeoutMs));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const r = rows[rows.length - 1];
      for (const p of r.reader.problems) console.log(`growth ${name}: ${p}`);
      console.log(`growth ${name}: done at ${((performance.now() - started) / 1000).toFixed(0)} s, load average ${r.reader.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`);
      // The table so far: a long run stopped part way still leaves its rows.
      if (rows.length < names.length) printTable(rows);
      const set = (key: string, value: number | null | undefined) => {
        if (value != null && !Number.isNaN(value)) out[`growth.${key}_${name}`] = value;
      };
      set('articles', r.articles);
      set('load_ms', r.loadMs);
      set('first_frame_ms', r.reader.cold.firstFrameMs);
      set('cold_analysis_ms', analysisMs(r.reader.cold.analysis));
      set('warm_analysis_ms', analysisMs(r.reader.warm.analysis));
      set('lag_p99_ms', r.reader.cold.analysis?.lag?.p99);
      set('lag_max_ms', r.reader.cold.analysis?.lag?.max);
      set('search_p95_ms', percentile(r.reader.searchKeys, 95));
      set('search_cold_p95_ms', percentile(r.reader.searchKeysDuringAnalysis, 95));
      set('rss_mb', r.reader.warm.rssMb);
    }
  } finally {
    program.remove();
  }
  console.log(`growth table (${names.join(', ')}; 120x40 pseudo-terminal; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${((performance.now() - started) / 60_000).toFixed(1)} min in all):`);
  printTable(rows);
  out['growth.total_s'] = (performance.now() - started) / 1000;
  return out;
}
