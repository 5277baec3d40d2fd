// Read marks and "where the user left off", kept between runs.
//
// Keys (the choice, and why):
// - A read mark is keyed by a hash of the article's text. The same article opened from
//   another folder, a copy or a re-export keeps its mark; an article whose text changed is
//   new to the reader and shows as unread. Identical texts share a mark, which is what a
//   reader wants from a duplicate.
// - The last position is keyed by the corpus identity: a hash of the corpus's article
//   paths, sorted. Opening the same files again (in any order) resumes; another set of
//   files has its own position.
import { join } from 'node:path';
import { textHash } from '../corpus/hash';
import type { Article, Corpus } from '../corpus/types';
import { readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';

export interface SavedPosition {
  /** articleKey of the article open in the reader, or null when none was open. */
  article: string | null;
  /** articleKey of the article under the list cursor. */
  cursor: string | null;
  /** Text offset of the first line shown in the reader: survives a change of width. */
  offset: number;
  /** The first line shown and the text width it was wrapped at: exact when the width is the same. */
  line: number;
  width: number;
  focus: 'list' | 'reader';
  /** Epoch milliseconds; the oldest positions are dropped first. */
  updated: number;
}

export interface ReadingState {
  /** articleKey → epoch milliseconds when marked read. */
  read: Map<string, number>;
  /** corpusKey → position. */
  positions: Map<string, SavedPosition>;
}

interface ReadingStateFile {
  version: 1;
  read: Record<string, number>;
  positions: Record<string, SavedPosition>;
}

/** Positions of this many corpora are kept; a read mark is a few bytes and is kept for good. */
const MAX_POSITIONS = 200;

export function readingStateFile(): string {
  return join(storePaths().state, 'reading-state.json');
}

export function articleKey(article: Pick<Article, 'text'>): string {
  return textHash(article.text);
}

export function corpusKey(corpus: Pick<Corpus, 'articles'>): string {
  return textHash(corpus.articles.map((a) => a.path).sort().join('\n'));
}

export function emptyReadingState(): ReadingState {
  return { read: new Map(), positions: new Map() };
}

function isPosition(value: unknown): value is SavedPosition {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const keyOrNull = (v: unknown) => v === null || typeof v === 'string';
  return (
    keyOrNull(p.article) &&
    keyOrNull(p.cursor) &&
    [p.offset, p.line, p.width].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0) &&
    (p.focus === 'list' || p.focus === 'reader') &&
    typeof p.updated === 'number'
  );
}

function isStateFile(value: unknown): value is ReadingStateFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  if (file.version !== 1) return false;
  const { read, positions } = file;
  if (typeof read !== 'object' || read === null || Array.isArray(read)) return false;
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) return false;
  return (
    Object.values(read).every((t) => typeof t === 'number') &&
    Object.values(positions).every(isPosition)
  );
}

export interface LoadedReadingState {
  state: ReadingState;
  /** Set when the file was damaged and set aside: show it to the user, then carry on. */
  warning: string | null;
}

export function loadReadingState(file = readingStateFile()): LoadedReadingState {
  const result = readJsonFile(file, isStateFile);
  if (result.status === 'missing') return { state: emptyReadingState(), warning: null };
  if (result.status === 'corrupt') {
    const where = result.setAside ? `moved to ${result.setAside}` : 'left in place';
    return {
      state: emptyReadingState(),
      warning: `reading state ${file} was unreadable (${result.reason}); ${where}, starting afresh`,
    };
  }
  return {
    state: {
      read: new Map(Object.entries(result.value.read)),
      positions: new Map(Object.entries(result.value.positions)),
    },
    warning: null,
  };
}

export function saveReadingState(state: ReadingState, file = readingStateFile()): void {
  const newest = [...state.positions.entries()]
    .sort((a, b) => b[1].updated - a[1].updated)
    .slice(0, MAX_POSITIONS);
  const data: ReadingStateFile = {
    version: 1,
    read: Object.fromEntries(state.read),
    positions: Object.fromEntries(newest),
  };
  writeFileAtomic(file, JSON.stringify(data));
}
