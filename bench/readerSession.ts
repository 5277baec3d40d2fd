// The reader in a pseudo-terminal (120x40), as a user meets it: frames are read off the
// terminal stream, keys are typed, and the reader's own probe (RKNEWS_PROBE) says when its
// analysis settled and how long its event loop was blocked meanwhile.
import { existsSync, readFileSync } from 'node:fs';
import type { IPty } from 'node-pty';
import type { ProbeReport } from '../src/ui/probe';

export const COLS = 120;
export const ROWS = 40;

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
/** Ink ≥ 6.8 brackets each frame in synchronized-output marks: a frame is what stands between them. */
const FRAME_START = '\x1b[?2026h';
const FRAME_END = '\x1b[?2026l';
/** Cursor moves and erasures that precede each redraw; what is left is the frame's lines with their styles. */
const REDRAW = /\x1b\[(?:2K|1A|G|\?25[hl]|\?2026[hl]|2J|3J|H)/g;

export interface Frame {
  /** performance.now() when its last byte arrived. */
  at: number;
  /** Its lines with their styles (so a moved highlight counts as a change). */
  lines: string[];
}

/** The frame's text without styles. */
export const plain = (frame: Frame) => frame.lines.join('\n').replace(ANSI, '');
/** Its lines from `skip` on, styles kept: the reader's title bar (line 0) changes with analysis progress alone. */
export const body = (frame: Frame, skip: number) => frame.lines.slice(skip).join('\n');

export async function loadPty(): Promise<typeof import('node-pty')> {
  // A native module: kept out of the bundle, loaded from node_modules at run time.
  const name = 'node-pty';
  return (await import(name)) as typeof import('node-pty');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident and peak resident memory of a process, in MB, from /proc (Linux); null elsewhere. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

export function readProbe(path: string): ProbeReport | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ProbeReport;
  } catch {
    return null; // written atomically, so only an unreadable file lands here
  }
}

/** The length of the longest end of `text` that begins a frame-start mark. */
function heldBack(text: string): number {
  for (let n = Math.min(FRAME_START.length - 1, text.length); n > 0; n--) if (FRAME_START.startsWith(text.slice(-n))) return n;
  return 0;
}

/** Cuts a terminal stream into Ink's frames, whatever the chunks it arrives in. */
export class FrameSplitter {
  private pending = '';
  private synchronised = false;

  /** The frames that `data` completes, stamped `at`. */
  feed(data: string, at: number): Frame[] {
    this.pending += data;
    if (this.pending.includes(FRAME_START)) this.synchronised = true;
    const texts: string[] = [];
    if (!this.synchronised) {
      // An Ink without synchronized output: every chunk is taken as a frame, but for a start
      // mark's beginning at its end, which may be the first frame's.
      const held = heldBack(this.pending);
      texts.push(this.pending.slice(0, this.pending.length - held));
      this.pending = this.pending.slice(this.pending.length - held);
    }
    let end: number;
    while (this.synchronised && (end = this.pending.indexOf(FRAME_END)) >= 0) {
      texts.push(this.pending.slice(0, end));
      this.pending = this.pending.slice(end + FRAME_END.length);
    }
    return texts.map((raw) => raw.replace(REDRAW, '')).filter((text) => text.trim() !== '').map((text) => ({ at, lines: text.split(/\r?\n/) }));
  }
}

type Waiter = { test: (frame: Frame) => boolean; resolve: (frame: Frame) => void };

export class TerminalSession {
  readonly start = performance.now();
  readonly pid: number;
  latest: Frame | null = null;
  private readonly frames = new FrameSplitter();
  private waiters: Waiter[] = [];
  private exitedFlag = false;
  private readonly exited: Promise<void>;
  private readonly term: IPty;

  constructor(pty: typeof import('node-pty'), args: string[], env: Record<string, string>, cwd: string) {
    this.term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd, env });
    this.pid = this.term.pid;
    this.exited = new Promise((resolve) =>
      this.term.onExit(() => {
        this.exitedFlag = true;
        resolve();
      }),
    );
    this.term.onData((data) => this.receive(data));
  }

  get alive(): boolean {
    return !this.exitedFlag;
  }

  private receive(data: string): void {
    for (const frame of this.frames.feed(data, performance.now())) {
      this.latest = frame;
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(frame)) return true;
        w.resolve(frame);
        return false;
      });
    }
  }

  /** The next frame that passes `test` (the current one counts when `includeLatest`), or null after `timeoutMs`. */
  nextFrame(test: (frame: Frame) => boolean, timeoutMs: number, includeLatest = false): Promise<Frame | null> {
    if (includeLatest && this.latest && test(this.latest)) return Promise.resolve(this.latest);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        test,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(null);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Milliseconds from writing `key` to the first frame that passes `answered`, or null on timeout. */
  async press(key: string, answered: (frame: Frame) => boolean, timeoutMs: number): Promise<number | null> {
    const sent = performance.now();
    const waiting = this.nextFrame(answered, timeoutMs);
    this.term.write(key);
    const frame = await waiting;
    return frame ? frame.at - sent : null;
  }

  write(text: string): void {
    this.term.write(text);
  }

  /** Quits with `q`; after `graceMs` without exiting, SIGTERM, then SIGKILL. */
  async quit(graceMs = 10_000): Promise<void> {
    if (this.exitedFlag) return;
    this.term.write('q');
    for (const signal of [null, 'SIGTERM', 'SIGKILL'] as const) {
      if (signal) {
        try {
          this.term.kill(signal);
        } catch {
          // Already gone.
        }
      }
      const done = await Promise.race([this.exited.then(() => true), sleep(graceMs).then(() => false)]);
      if (done) return;
    }
  }
}

/** Keys alternating `j`/`k` every 100–250 ms, each timed to the frame that shows its move, while `busy()` holds. */
export async function keyLatencies(session: TerminalSession, opts: { skipLines: number; max: number; busy: () => boolean }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < opts.max && opts.busy() && session.alive; i++) {
    const before = session.latest ? body(session.latest, opts.skipLines) : '';
    const ms = await session.press(i % 2 ? 'k' : 'j', (f) => body(f, opts.skipLines) !== before, 60_000);
    if (ms !== null) times.push(ms);
    await sleep(100 + ((i * 37) % 150));
  }
  return times;
}
