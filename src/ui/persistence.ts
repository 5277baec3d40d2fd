// Keeps the reading session on disk while the reader runs: read marks (saved shortly after they
// change, off the key path), the search history (when a query joins it), and the position (on the
// way out). A save that fails is reported when it happens, kept for the exit, and retried with the
// next save, so nothing the user did is dropped while the folder is unwritable.
import { printable } from '../corpus/sanitize';
import type { Corpus } from '../corpus/types';
import { hasChanges, noChanges, saveReadingState, type ReadingState } from '../store/readingState';
import { saveSearchHistory } from '../store/searchHistory';
import { recordPosition, recordReadMarks, type SessionKeys } from './session';
import type { UiState } from './state';

/** Read marks toggled in quick succession are saved together, once the keys pause this long. */
export const SAVE_DELAY_MS = 500;

export interface PersistenceOptions {
  corpus: Corpus;
  keys: SessionKeys;
  /** The reading state loaded at start; kept up to date with this session's marks. */
  stored: ReadingState;
  /** The state the reader starts in. */
  initial: UiState;
  /** The reader's text width now (the position is kept as a text offset at that width). */
  textWidth: () => number;
  /** Puts a message on the status line. */
  notify: (text: string) => void;
  saveState?: typeof saveReadingState;
  saveHistory?: typeof saveSearchHistory;
}

export interface Persistence {
  /** Called with every new UI state. */
  onState(next: UiState): void;
  /** Saves what is pending now, the position included: on the way out. */
  flush(): void;
  /** Save failures that still stand and warnings from saving, one line each, for after the terminal is restored. */
  problems(): string[];
}

export function startPersistence(opts: PersistenceOptions): Persistence {
  const { corpus, keys, stored, textWidth, notify } = opts;
  const saveState = opts.saveState ?? saveReadingState;
  const saveHistory = opts.saveHistory ?? saveSearchHistory;
  let latest = opts.initial;
  let changes = noChanges();
  let queries: string[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Keyed by what failed, so a later success clears it and a repeat does not pile up.
  const failures = new Map<string, string>();
  const warnings: string[] = [];

  const attempt = (what: string, save: () => string | null): boolean => {
    try {
      const warning = save();
      failures.delete(what);
      if (warning) {
        warnings.push(printable(warning));
        notify(printable(warning));
      }
      return true;
    } catch (error) {
      const message = `could not save ${what}: ${printable((error as Error).message)}`;
      failures.set(what, message);
      notify(message);
      return false;
    }
  };

  const saveMarks = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!hasChanges(changes)) return;
    const sending = changes;
    // Kept (and added to) until a save succeeds.
    if (attempt('the reading state', () => saveState(sending))) changes = noChanges();
  };

  const saveQueries = () => {
    if (queries.length === 0) return;
    const sending = queries;
    if (attempt('the search history', () => saveHistory(sending))) queries = [];
  };

  return {
    onState(next) {
      const marksChanged = next.read !== latest.read;
      // A query joins the history when a result is opened or the search closed: saved at once.
      const newest = next.search.history.at(-1);
      const historyChanged = next.search.history !== latest.search.history && newest !== undefined;
      latest = next;
      if (historyChanged) {
        queries.push(newest);
        saveQueries();
      }
      if (marksChanged) {
        recordReadMarks(latest, keys, stored, changes, Date.now());
        timer ??= setTimeout(saveMarks, SAVE_DELAY_MS);
        timer.unref?.();
      }
    },
    flush() {
      const now = Date.now();
      recordReadMarks(latest, keys, stored, changes, now);
      recordPosition(latest, corpus, keys, changes, textWidth(), now);
      saveMarks();
      saveQueries();
    },
    problems: () => [...warnings, ...failures.values()],
  };
}
