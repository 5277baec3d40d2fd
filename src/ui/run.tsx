// Entry point of the full-screen reader: checks for a terminal, restores the reading
// session, runs the Ink app in the alternate screen, and saves the session on the way out.
import { render } from 'ink';
import type { Corpus } from '../corpus/types';
import type { ReadingState } from '../store/readingState';
import { articleKey, corpusKey, loadReadingState, saveReadingState } from '../store/readingState';
import { loadSearchHistory, saveSearchHistory } from '../store/searchHistory';
import { App } from './App';
import { cachedAnalysis } from './features/analysis/runner';
import { osc52 } from './features/quotes/clipboard';
import type { TerminalSize } from './App';
import { computeLayout } from './layout';
import type { SessionKeys } from './session';
import { recordPosition, recordReadMarks, restoreSession } from './session';
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

  const { state: stored, warning } = loadReadingState();
  const keys: SessionKeys = { articles: corpus.articles.map(articleKey), corpus: corpusKey(corpus) };
  let size = sizeOf(stdout);
  const textWidth = () => readerTextWidth(computeLayout(size.cols, size.rows).reader);
  const history = loadSearchHistory();
  let latest: UiState = restoreSession(corpus, keys, stored, textWidth());
  latest = { ...latest, search: { ...latest.search, history: history.queries } };
  const warnings = [warning, history.warning].filter((w): w is string => w !== null);
  // Printed once the normal screen is back, where the user can read it (a warning is also
  // shown on the status line, which may be too narrow for the whole path).
  let lastWords: string | null = warnings.length ? warnings.map((w) => `rknews: ${w}\n`).join('') : null;

  const save = (s: ReadingState) => {
    try {
      saveReadingState(s);
    } catch (error) {
      lastWords = `rknews: could not save the reading state: ${(error as Error).message}\n`;
    }
  };
  const saveSession = () => {
    const now = Date.now();
    recordReadMarks(latest, keys, stored, now);
    recordPosition(latest, corpus, keys, stored, textWidth(), now);
    save(stored);
  };
  // Read marks are saved as they change, so a crash or a closed terminal loses none.
  const onState = (next: UiState) => {
    const marksChanged = next.read !== latest.read;
    // A query joins the history when a result is opened or the search closed: saved at once.
    if (next.search.history !== latest.search.history) {
      try {
        saveSearchHistory(next.search.history);
      } catch (error) {
        lastWords = `rknews: could not save the search history: ${(error as Error).message}\n`;
      }
    }
    latest = next;
    if (marksChanged) {
      recordReadMarks(latest, keys, stored, Date.now());
      save(stored);
    }
  };

  let instance: ReturnType<typeof render> | null = null;
  const screen = enterFullScreen({
    stdin,
    stdout,
    beforeExit: () => {
      instance?.unmount();
      saveSession();
    },
  });

  // Made once: the App starts the analysis when this changes.
  const analyse = cachedAnalysis(corpus.articles);
  const copyToClipboard = (text: string) => stdout.write(osc52(text));
  const app = () => (
    <App
      corpus={corpus}
      size={size}
      initial={latest}
      colour={colourWanted()}
      message={warnings.join('; ') || null}
      onState={onState}
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
    lastWords = `rknews: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    return 1;
  } finally {
    stdout.off('resize', onResize);
    saveSession();
    screen.restore();
    if (lastWords) stderr.write(lastWords);
  }
}
