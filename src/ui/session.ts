// Between the UI state (article indices, wrapped-line positions) and the stored reading
// state (article content keys, text offsets): what to restore at start, what to record.
import type { Corpus } from '../corpus/types';
import type { ReadingState, ReadingStateChanges } from '../store/readingState';
import { articleKey, corpusKey } from '../store/readingState';
import type { UiState } from './state';
import { initialState } from './state';
import { lineOfOffset, offsetOfLine, readerDocument } from './shared/articleDocument';

export interface SessionKeys {
  /** articleKey of each article, by index. */
  articles: readonly string[];
  corpus: string;
}

export function sessionKeysOf(corpus: Corpus): SessionKeys {
  return { articles: corpus.articles.map(articleKey), corpus: corpusKey(corpus) };
}

/** The UI state to start from: read marks, and the last article, cursor and scroll position. */
export function restoreSession(corpus: Corpus, keys: SessionKeys, stored: ReadingState, textWidth: number): UiState {
  const read = new Set<number>();
  keys.articles.forEach((k, i) => {
    if (stored.read.has(k)) read.add(i);
  });
  const saved = stored.positions.get(keys.corpus);
  if (!saved) return initialState({ read });
  const indexOf = (key: string | null) => (key === null ? -1 : keys.articles.indexOf(key));
  const open = indexOf(saved.article);
  const cursor = indexOf(saved.cursor);
  if (open < 0) return initialState({ read, cursor: Math.max(0, cursor) });
  const doc = readerDocument(corpus.articles[open], textWidth);
  // The stored line is exact at the same width, but only trusted within the article (the file may be damaged).
  const readerTop = saved.width === textWidth ? Math.min(saved.line, Math.max(0, doc.length - 1)) : lineOfOffset(doc, saved.offset);
  return initialState({ read, open, cursor: cursor >= 0 ? cursor : open, readerTop, focus: saved.focus });
}

/**
 * Writes the read marks of this corpus's articles into the stored state, and what changed into
 * `changes` (what the next save merges into the file, beside other readers' marks).
 */
export function recordReadMarks(state: UiState, keys: SessionKeys, stored: ReadingState, changes: ReadingStateChanges, now: number): void {
  keys.articles.forEach((k, i) => {
    if (!state.read.has(i)) {
      if (!stored.read.delete(k)) return;
      changes.read.delete(k);
      changes.unread.add(k);
    } else if (!stored.read.has(k)) {
      stored.read.set(k, now);
      changes.read.set(k, now);
      changes.unread.delete(k);
    }
  });
}

/** Records where the user is, as text offsets so it survives a different width next time. */
export function recordPosition(
  state: UiState,
  corpus: Corpus,
  keys: SessionKeys,
  stored: ReadingState,
  textWidth: number,
  now: number,
): void {
  const open = state.open === null ? null : corpus.articles[state.open];
  stored.positions.set(keys.corpus, {
    article: state.open === null ? null : keys.articles[state.open],
    cursor: keys.articles[state.cursor] ?? null,
    offset: open ? offsetOfLine(readerDocument(open, textWidth), state.readerTop) : 0,
    line: state.readerTop,
    width: textWidth,
    // The sidebar is hidden at start: its focus is restored to the list.
    focus: state.focus === 'sidebar' ? 'list' : state.focus,
    updated: now,
  });
}
