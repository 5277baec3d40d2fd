// Entry point of the full-screen reader: checks for a terminal, restores the reading
// session, runs the Ink app in the alternate screen, and saves the session on the way out.
import { render } from 'ink';
import type { Corpus } from '../corpus/types';
import type { LibraryPaths } from '../library/paths';
import { loadMarkdownLayout } from '../corpus/display';
import { printable } from '../corpus/sanitize';
import { loadReadingState } from '../store/readingState';
import { loadSearchHistory } from '../store/searchHistory';
import { App } from './App';
import { cachedAnalysis } from './sources/analysis/runner';
import { libraryRefresher } from './features/library/refresh';
import { osc52 } from './features/quotes/clipboard';
import type { TerminalSize } from './App';
import { computeLayout } from './shared/layout';
import { createNotices } from './notices';
import { startPersistence } from './persistence';
import { startProbe } from './probe';
import type { SessionKeys } from './session';
import { restoreSession, sessionKeysOf } from './session';
import type { UiState } from './state';
import { CLEAR_SCREEN, enterFullScreen, unexpectedErrorText } from './terminal';
import { readerTextWidth } from './shared/articleDocument';

export interface RunTuiOptions {
  corpus: Corpus;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** When the reader shows the library (or the seeds in its place): R fetches its feeds, `load` reads it again. */
  library?: { paths: LibraryPaths; load: () => Corpus };
}

/**
 * Ink draws a frame at most this often, and a key that comes sooner after the last frame waits for
 * the next: at Ink's 30 (33 ms) a key after the preview's redraw or a progress tick waited up to
 * 33 ms. Frames come from keys, the preview settling and progress twice a second, and cost a few
 * ms (rows are composed only when they change), so 120 (8 ms) costs little.
 */
const MAX_FPS = 120;

export const NO_TERMINAL_MESSAGE = 'rknews: the reader needs a terminal; for plain output try `rknews list`\n';

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { cols: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colourWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}

export async function runTui(opts: RunTuiOptions): Promise<number> {
  let corpus = opts.corpus;
  const stdin = opts.stdin ?? process.stdin;
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  if (!stdin.isTTY || !stdout.isTTY) {
    stderr.write(NO_TERMINAL_MESSAGE);
    return 1;
  }

  let keys: SessionKeys = sessionKeysOf(corpus);
  // Only this corpus's marks: the file may hold millions.
  const { state: stored, warning } = loadReadingState(undefined, new Set(keys.articles));
  let size = sizeOf(stdout);
  const textWidth = () => readerTextWidth(computeLayout(size.cols, size.rows).reader);
  const history = loadSearchHistory();
  const restored = restoreSession(corpus, keys, stored, textWidth());
  let initial: UiState = { ...restored, search: { ...restored.search, history: history.queries } };
  // Warnings quote file names and parse errors, which may hold escape sequences: shown escaped.
  const warnings = [warning, history.warning].filter((w): w is string => w !== null).map(printable);
  let crash: string | null = null;
  const notices = createNotices();
  let persistence = startPersistence({ corpus, keys, stored, initial, textWidth, notify: notices.emit });
  /** Problems of the sessions before a reload (R), kept for the last words. */
  const earlierProblems: string[] = [];
  // Printed once the normal screen is back, where the user can read it (a warning is also
  // shown on the status line, which may be too narrow for the whole path).
  const lastWords = () =>
    [...warnings, ...earlierProblems, ...persistence.problems(), ...(crash ? [crash] : [])].map((w) => `rknews: ${w}\n`).join('');

  // Before the screen changes hands, so a failure to load it is reported like any start-up error.
  await loadMarkdownLayout(corpus.articles);
  let instance: ReturnType<typeof render> | null = null;
  const screen = enterFullScreen({
    stdin,
    stdout,
    beforeExit: () => {
      instance?.unmount();
      persistence.flush();
    },
  });

  // RKNEWS_PROBE=FILE: event-loop delay and timings of the analysis, for `npm run bench`.
  const probe = startProbe(process.env.RKNEWS_PROBE);
  // Made once per corpus: the App starts the analysis when this changes.
  let analyse = probe.watch(cachedAnalysis(corpus.articles));
  const copyToClipboard = (text: string) => stdout.write(osc52(text));
  let latest = initial;
  const onState = (state: UiState) => {
    latest = state;
    persistence.onState(state);
  };
  let generation = 0;
  let libraryStatus: string | null = null;
  let message = warnings.join('; ') || null;
  const redraw = () => instance?.rerender(app());

  /** New articles arrived (R): the App starts again on the reloaded library, on the same article. */
  const reload = async (load: () => Corpus, summary: string) => {
    const next = load();
    // Fetched articles may be the library's first Markdown: its layout is loaded before they are drawn.
    await loadMarkdownLayout(next.articles);
    persistence.flush();
    earlierProblems.push(...persistence.problems());
    const before = { cursor: corpus.articles[latest.cursor]?.path, open: latest.open === null ? undefined : corpus.articles[latest.open]?.path };
    corpus = next;
    keys = sessionKeysOf(corpus);
    const { state: reloaded } = loadReadingState(undefined, new Set(keys.articles));
    const fresh = restoreSession(corpus, keys, reloaded, textWidth());
    const indexOf = (path: string | undefined) => (path === undefined ? -1 : corpus.articles.findIndex((a) => a.path === path));
    const [cursor, open] = [indexOf(before.cursor), indexOf(before.open)];
    initial = {
      ...fresh,
      search: { ...fresh.search, history: latest.search.history },
      ...(cursor >= 0 ? { cursor } : {}),
      ...(open >= 0 ? { open, readerTop: latest.readerTop, focus: latest.focus === 'reader' ? 'reader' : 'list' } : {}),
    };
    latest = initial;
    persistence = startPersistence({ corpus, keys, stored: reloaded, initial, textWidth, notify: notices.emit });
    analyse = probe.watch(cachedAnalysis(corpus.articles));
    generation++;
    message = summary; // the new App's first status line: the old one, which would show it, is gone
    instance?.clear();
    stdout.write(CLEAR_SCREEN);
    redraw();
  };
  const library = opts.library;
  const fetchFeeds = library
    ? libraryRefresher(library.paths, {
        status: (text) => {
          libraryStatus = text;
          redraw();
        },
        notice: notices.emit,
        done: (summary, changed) => {
          if (!changed) return notices.emit(summary);
          reload(library.load, summary).catch((error: unknown) => notices.emit(`the library could not be shown again: ${unexpectedErrorText(error)}`));
        },
      })
    : undefined;

  const app = () => (
    <App
      key={generation}
      corpus={corpus}
      size={size}
      initial={initial}
      colour={colourWanted()}
      message={message}
      notices={notices}
      onState={onState}
      analyse={analyse}
      copyToClipboard={copyToClipboard}
      fetchFeeds={fetchFeeds}
      libraryStatus={libraryStatus}
    />
  );
  instance = render(app(), { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false, maxFps: MAX_FPS });

  // A reflow changes every line; clearing first leaves no ghost of the old layout.
  const onResize = () => {
    size = sizeOf(stdout);
    instance?.clear();
    stdout.write(CLEAR_SCREEN);
    instance?.rerender(app());
  };
  stdout.on('resize', onResize);

  try {
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    crash = unexpectedErrorText(error);
    return 1;
  } finally {
    stdout.off('resize', onResize);
    persistence.flush();
    probe.finish();
    screen.restore();
    const words = lastWords();
    if (words) stderr.write(words);
  }
}
