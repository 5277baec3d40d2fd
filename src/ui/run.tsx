// Entry point of the full-screen reader: checks for a terminal, restores the reading
// session, runs the Ink app in the alternate screen, and saves the session on the way out.
import { render } from 'ink';
import type { Corpus } from '../corpus/types';
import { printable } from '../corpus/sanitize';
import { articleKey, corpusKey, loadReadingState } from '../store/readingState';
import { loadSearchHistory } from '../store/searchHistory';
import { App } from './App';
import { cachedAnalysis } from './features/analysis/runner';
import { osc52 } from './features/quotes/clipboard';
import type { TerminalSize } from './App';
import { computeLayout } from './layout';
import { createNotices } from './notices';
import { startPersistence } from './persistence';
import type { SessionKeys } from './session';
import { restoreSession } from './session';
import type { UiState } from './state';
import { CLEAR_SCREEN, enterFullScreen } from './terminal';
import { readerTextWidth } from './views/reader';

export interface RunTuiOptions {
  corpus: Corpus;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

export const NO_TERMINAL_MESSAGE = 'rknews: the reader needs a terminal; for plain output try `rknews list`\n';

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { cols: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colourWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}

export async function runTui(opts: RunTuiOptions): Promise<number> {
  const { corpus } = opts;
  const stdin = opts.stdin ?? process.stdin;
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  if (!stdin.isTTY || !stdout.isTTY) {
    stderr.write(NO_TERMINAL_MESSAGE);
    return 1;
  }

  const keys: SessionKeys = { articles: corpus.articles.map(articleKey), corpus: corpusKey(corpus) };
  // Only this corpus's marks: the file may hold millions.
  const { state: stored, warning } = loadReadingState(undefined, new Set(keys.articles));
  let size = sizeOf(stdout);
  const textWidth = () => readerTextWidth(computeLayout(size.cols, size.rows).reader);
  const history = loadSearchHistory();
  const restored = restoreSession(corpus, keys, stored, textWidth());
  const initial: UiState = { ...restored, search: { ...restored.search, history: history.queries } };
  // Warnings quote file names and parse errors, which may hold escape sequences: shown escaped.
  const warnings = [warning, history.warning].filter((w): w is string => w !== null).map(printable);
  let crash: string | null = null;
  const notices = createNotices();
  const persistence = startPersistence({ corpus, keys, stored, initial, textWidth, notify: notices.emit });
  // Printed once the normal screen is back, where the user can read it (a warning is also
  // shown on the status line, which may be too narrow for the whole path).
  const lastWords = () =>
    [...warnings, ...persistence.problems(), ...(crash ? [crash] : [])].map((w) => `rknews: ${w}\n`).join('');

  let instance: ReturnType<typeof render> | null = null;
  const screen = enterFullScreen({
    stdin,
    stdout,
    beforeExit: () => {
      instance?.unmount();
      persistence.flush();
    },
  });

  // Made once: the App starts the analysis when this changes.
  const analyse = cachedAnalysis(corpus.articles);
  const copyToClipboard = (text: string) => stdout.write(osc52(text));
  const app = () => (
    <App
      corpus={corpus}
      size={size}
      initial={initial}
      colour={colourWanted()}
      message={warnings.join('; ') || null}
      notices={notices}
      onState={persistence.onState}
      analyse={analyse}
      copyToClipboard={copyToClipboard}
    />
  );
  instance = render(app(), { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false });

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
    crash = `unexpected error: ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}`;
    return 1;
  } finally {
    stdout.off('resize', onResize);
    persistence.flush();
    screen.restore();
    const words = lastWords();
    if (words) stderr.write(words);
  }
}
