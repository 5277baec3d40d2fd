// One corpus through the reader, as issue 14 measures it: a cold start (empty cache) with keys
// typed while the analysis runs, beside the Ink floor's key latency measured just before and
// after; then a warm start (the cache the cold one wrote) that waits for its analysis and types
// search queries letter by letter. Everything comes from the built program and its probe.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisRecord } from '../src/ui/probe';
import { keyLatencies, loadPty, memoryOf, plain, readProbe, sleep, TerminalSession, type Frame } from './readerSession';
import { repoRoot } from './snapshot';

export interface SessionFigures {
  firstFrameMs: number | null;
  /** The probe's record of the analysis (times are ms since the reader started). */
  analysis: AnalysisRecord | null;
  /** Resident memory once the analysis settled, and the peak so far, measured from outside. */
  rssMb: number | null;
  peakRssMb: number | null;
}

export interface ReaderFigures {
  cold: SessionFigures;
  warm: SessionFigures;
  /** Key latencies (ms) in the reader while its cold analysis ran, and of the Ink floor in the same run. */
  keysDuringAnalysis: number[];
  floorKeys: number[];
  /** Per keystroke, ms until a frame shows the query with its result count: while the cold analysis runs (the first keystroke waits for the index), and once the warm one is done. */
  searchKeysDuringAnalysis: number[];
  searchKeys: number[];
  loadAverage: [number, number];
  problems: string[];
}

/** Words news of every kind uses; typed as a user types them. */
const QUERIES = ['minister said', 'oil prices', 'bank shares'];
const FIRST_FRAME_TIMEOUT_MS = 10 * 60_000;
const KEYS_MAX = 40;
const FLOOR_KEYS = 20;

/** The status line is the last part of a frame drawn: once it shows, the frame is complete. */
const complete = (frame: Frame) => plain(frame).includes('q quit');

function environment(home: string, probe: string, cache: string): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'production', TERM: 'xterm-256color' };
  // Ink draws nothing until exit when it believes it runs in CI.
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  delete env.NO_COLOR; // styles show the list's highlight, which is how a moved cursor is seen
  return { ...env, XDG_CACHE_HOME: cache, XDG_STATE_HOME: join(home, 'state'), XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config'), RKNEWS_PROBE: probe };
}

async function settledAnalysis(probePath: string, session: TerminalSession, timeoutMs: number): Promise<AnalysisRecord | null> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && session.alive) {
    const record = readProbe(probePath)?.analyses[0];
    if (record?.lag) return record;
    await sleep(250);
  }
  return null;
}

async function floorKeys(pty: typeof import('node-pty'), root: string, env: Record<string, string>): Promise<number[]> {
  const floor = new TerminalSession(pty, [join(root, 'bench', 'fixtures', 'ink-keys.mjs')], env, root);
  try {
    if (!(await floor.nextFrame((f) => plain(f).includes('ink keys ready'), 60_000, true))) return [];
    return await keyLatencies(floor, { skipLines: 0, max: FLOOR_KEYS, busy: () => true });
  } finally {
    await floor.quit();
  }
}

const SEARCH_READY = /type to search|building the search index/;

/** Opens the search prompt and empties it (it keeps the last query when reopened). */
async function openSearch(session: TerminalSession, previous: string): Promise<boolean> {
  if ((await session.press('/', (f) => /^ \/ /m.test(plain(f)), 60_000)) === null) return false;
  if (session.latest && SEARCH_READY.test(plain(session.latest))) return true;
  return (await session.press('\x7f'.repeat(previous.length), (f) => SEARCH_READY.test(plain(f)), 60_000)) !== null;
}

async function typeQueries(session: TerminalSession, problems: string[]): Promise<number[]> {
  const times: number[] = [];
  let previous = '';
  for (const query of QUERIES) {
    if (!(await openSearch(session, previous))) {
      problems.push('the search prompt did not open empty');
      return times;
    }
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      // Answered: the prompt holds what was typed and the summary a result count, not "building…".
      const ms = await session.press(query[i - 1], (f) => plain(f).includes(` / ${typed}`) && /best first|no matches/.test(plain(f)), 10 * 60_000);
      if (ms === null) problems.push(`no results shown for "${typed}"`);
      else times.push(ms);
    }
    previous = query;
    // Esc leaves the prompt for the results, Esc again closes the search.
    session.write('\x1b');
    await sleep(300);
    session.write('\x1b');
    await sleep(500);
  }
  return times;
}

interface SessionPlan {
  pty: typeof import('node-pty');
  bin: string;
  corpus: string;
  cache: string;
  analysisTimeoutMs: number;
  /** Added to the reader's environment (RKNEWS_WORKERS=1, say). */
  env?: Record<string, string>;
}

async function session(
  { pty, bin, corpus, cache, analysisTimeoutMs, env }: SessionPlan,
  during: (s: TerminalSession, probe: string) => Promise<void>,
  after: (s: TerminalSession) => Promise<void>,
): Promise<SessionFigures> {
  const home = mkdtempSync(join(tmpdir(), 'rknews-bench-reader-'));
  const probe = join(home, 'probe.json');
  const s = new TerminalSession(pty, [bin, '-c', corpus], { ...environment(home, probe, cache), ...env }, repoRoot());
  try {
    const first = await s.nextFrame(complete, FIRST_FRAME_TIMEOUT_MS, true);
    const firstFrameMs = first ? first.at - s.start : null;
    await during(s, probe);
    const analysis = await settledAnalysis(probe, s, analysisTimeoutMs);
    const memory = memoryOf(s.pid);
    await after(s);
    return { firstFrameMs, analysis, rssMb: memory?.rssMb ?? analysis?.rssAfterMb ?? null, peakRssMb: memory?.peakMb ?? null };
  } finally {
    await s.quit();
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Measures `corpus` (a file or folder) with the program at `bin`. A cold analysis not settled
 * within `analysisTimeoutMs` is left unmeasured, and so is the warm start after it.
 */
export async function measureReader(bin: string, corpus: string, analysisTimeoutMs: number): Promise<ReaderFigures> {
  const pty = await loadPty();
  const root = repoRoot();
  const scratch = mkdtempSync(join(tmpdir(), 'rknews-bench-floor-'));
  const cache = mkdtempSync(join(tmpdir(), 'rknews-bench-cache-'));
  const plan: SessionPlan = { pty, bin, corpus, cache, analysisTimeoutMs };
  const problems: string[] = [];
  const before = loadavg()[0];
  try {
    const floorEnv = environment(scratch, join(scratch, 'unused.json'), join(scratch, 'cache'));
    const floor = await floorKeys(pty, root, floorEnv);
    let keys: number[] = [];
    let searchKeysDuringAnalysis: number[] = [];
    const cold = await session(
      plan,
      async (s, probe) => {
        keys = await keyLatencies(s, { skipLines: 1, max: KEYS_MAX, busy: () => !readProbe(probe)?.analyses[0]?.resolvedMs });
        searchKeysDuringAnalysis = await typeQueries(s, problems);
      },
      async () => {},
    );
    floor.push(...(await floorKeys(pty, root, floorEnv)));
    let searchKeys: number[] = [];
    const unmeasured: SessionFigures = { firstFrameMs: null, analysis: null, rssMb: null, peakRssMb: null };
    const warm = !cold.analysis
      ? unmeasured
      : await session(
          plan,
          async () => {},
          async (s) => {
            searchKeys = await typeQueries(s, problems);
          },
        );
    if (cold.firstFrameMs === null) problems.push('cold start: no first frame');
    if (!cold.analysis) problems.push(`cold start: no settled analysis within ${(analysisTimeoutMs / 60_000).toFixed(0)} min: warm start not measured`);
    else if (!warm.analysis) problems.push('warm start: no settled analysis');
    if (keys.length === 0) problems.push('the analysis ended before a key could be timed');
    return { cold, warm, keysDuringAnalysis: keys, floorKeys: floor, searchKeysDuringAnalysis, searchKeys, loadAverage: [before, loadavg()[0]], problems };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

/** A cold start that only waits for its analysis, with `env` added (for the pool against one worker). */
export async function coldAnalysisOnly(bin: string, corpus: string, analysisTimeoutMs: number, env: Record<string, string>): Promise<SessionFigures> {
  const cache = mkdtempSync(join(tmpdir(), 'rknews-bench-cache-'));
  try {
    const nothing = async () => {};
    return await session({ pty: await loadPty(), bin, corpus, cache, analysisTimeoutMs, env }, nothing, nothing);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Analysis time from its start to the moment its result was taken in (ms), or null. */
export function analysisMs(record: AnalysisRecord | null): number | null {
  return record?.settledMs != null ? record.settledMs - record.startMs : null;
}

