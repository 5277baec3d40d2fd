// Opt-in measurement inside the reader, for `npm run bench`: with RKNEWS_PROBE=FILE set, the
// event-loop delay while analysis runs (is the UI thread ever blocked?), when each analysis
// started and settled, and the resident memory after it, written to FILE as JSON (atomically)
// when an analysis settles and again on exit. Without the variable it costs nothing.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { writeFileAtomic } from '../store/atomicFile';

/** Event-loop delay in ms (the histogram's own resolution is subtracted by Node). */
export interface LagStats {
  samples: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

export interface AnalysisRecord {
  /** Milliseconds since the process started (performance.now()). */
  startMs: number;
  /** When the runner's promise resolved or rejected. */
  resolvedMs: number | null;
  /** When the event loop was next free after that: what consumed the result has run. */
  settledMs: number | null;
  outcome: 'ok' | 'failed' | null;
  /** From the start until a second after settling, so the redraw with the results is included. */
  lag: LagStats | null;
  rssAfterMb: number | null;
  /** The JavaScript heap in use then: what the reader holds, apart from what the allocator has not given back. */
  heapUsedAfterMb: number | null;
  /** CPU time of the whole process (every thread: UI, workers, V8's own) from the start until settling. */
  cpuMs: number | null;
}

export interface ProbeReport {
  pid: number;
  analyses: AnalysisRecord[];
  /** The whole session, start to exit. */
  sessionLag: LagStats | null;
  exitMs: number | null;
  rssAtExitMb: number | null;
}

export interface Probe {
  /** The same runner, timed and watched for event-loop delay while it runs. */
  watch<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Writes the final report (call once, on the way out). */
  finish(): void;
}

/** Samples every 5 ms: fine enough to see a 100 ms block, cheap enough not to cause one. */
const RESOLUTION_MS = 5;
/** How long after settling the analysis window stays open (the results are drawn meanwhile). */
const AFTERGLOW_MS = 1000;

const NO_PROBE: Probe = { watch: (run) => run, finish: () => {} };

function lagStats(histogram: IntervalHistogram): LagStats {
  const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
  return {
    samples: histogram.count,
    mean: histogram.count ? ms(histogram.mean) : 0,
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
  };
}

const rssMb = () => Math.round(process.memoryUsage.rss() / 2 ** 20);
const heapUsedMb = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
const now = () => Math.round(performance.now());

/** A probe writing to `path`, or one that does nothing when `path` is unset or empty. */
export function startProbe(path: string | undefined): Probe {
  if (!path) return NO_PROBE;
  const session = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  session.enable();
  const report: ProbeReport = { pid: process.pid, analyses: [], sessionLag: null, exitMs: null, rssAtExitMb: null };
  // A probe must never cost the user the reader: a failed write is dropped.
  const write = () => {
    try {
      writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n');
    } catch {
      // The measurement is lost, the session is not.
    }
  };

  return {
    watch(run) {
      return (...args) => {
        const record: AnalysisRecord = { startMs: now(), resolvedMs: null, settledMs: null, outcome: null, lag: null, rssAfterMb: null, heapUsedAfterMb: null, cpuMs: null };
        const cpuAtStart = process.cpuUsage();
        report.analyses.push(record);
        const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
        histogram.enable();
        const settle = (outcome: 'ok' | 'failed') => {
          record.resolvedMs = now();
          record.outcome = outcome;
          // A timer fires only once the consumers of the result have run their synchronous part.
          setTimeout(() => {
            record.settledMs = now();
            record.rssAfterMb = rssMb();
            record.heapUsedAfterMb = heapUsedMb();
            const cpu = process.cpuUsage(cpuAtStart);
            record.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
            setTimeout(() => {
              histogram.disable();
              record.lag = lagStats(histogram);
              write();
            }, AFTERGLOW_MS).unref();
          }, 0).unref();
        };
        return run(...args).then(
          (result) => {
            settle('ok');
            return result;
          },
          (error: unknown) => {
            settle('failed');
            throw error;
          },
        );
      };
    },
    finish() {
      session.disable();
      report.sessionLag = lagStats(session);
      report.exitMs = now();
      report.rssAtExitMb = rssMb();
      write();
    },
  };
}
