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
// - Several rknews may run at once, on one corpus or on several. A save therefore carries only
//   what this session changed, and merges it under a lock into what the file holds then: no
//   reader loses another's marks, and each corpus keeps its own position.
import { join } from 'node:path';
import * as v from 'valibot';
import { textHash } from '../corpus/hash';
import type { Article, Corpus } from '../corpus/types';
import { damagedStateWarning, readJsonFile, writeFileAtomic } from './atomicFile';
import { withFileLock } from './lock';
import { storePaths } from './paths';
import { mergeReadMarks, packVersion1Marks, unpackReadMarks } from './readMarks';
import { isMarkTime, ReadingStateFileSchema, SavedPositionSchema, type ReadingStateFile } from './schemas';

export type SavedPosition = v.InferOutput<typeof SavedPositionSchema>;

export interface ReadingState {
  /** articleKey → epoch milliseconds when marked read. */
  read: Map<string, number>;
  /** corpusKey → position. */
  positions: Map<string, SavedPosition>;
}

/** What one session changed since its last save: merged into whatever the file holds by then. */
export interface ReadingStateChanges extends ReadingState {
  /** articleKeys marked unread. */
  unread: Set<string>;
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

export function noChanges(): ReadingStateChanges {
  return { read: new Map(), unread: new Set(), positions: new Map() };
}

export function hasChanges(changes: ReadingStateChanges): boolean {
  return changes.read.size + changes.unread.size + changes.positions.size > 0;
}

export interface LoadedReadingState {
  state: ReadingState;
  /** Set when the file was damaged and set aside: show it to the user, then carry on. */
  warning: string | null;
}

/** The marks a file holds for the wanted keys (all without `wanted`): damaged marks are left out. */
function marksOf(file: ReadingStateFile, wanted?: ReadonlySet<string>): Map<string, number> {
  if (file.version === 2) return unpackReadMarks(file.read, wanted);
  const read = new Map<string, number>();
  for (const key of wanted ?? Object.keys(file.read)) {
    const at = file.read[key];
    if (Object.hasOwn(file.read, key) && isMarkTime(at)) read.set(key, at);
  }
  return read;
}

interface FileRead {
  content: ReadingStateFile | null;
  warning: string | null;
  /** A damaged or unreadable file is still in place: writing would destroy it. */
  inPlace: boolean;
}

function readFile(file: string): FileRead {
  const result = readJsonFile(file, ReadingStateFileSchema);
  if (result.status === 'ok') return { content: result.value, warning: null, inPlace: false };
  if (result.status === 'missing') return { content: null, warning: null, inPlace: false };
  return { content: null, warning: damagedStateWarning('reading state', file, result), inPlace: result.setAside === null };
}

/**
 * The stored read marks and positions. With `wanted` (the keys of the corpus being opened), only
 * those keys' marks are taken: quick even when the file holds millions.
 */
export function loadReadingState(file = readingStateFile(), wanted?: ReadonlySet<string>): LoadedReadingState {
  const { content, warning } = readFile(file);
  if (!content) return { state: emptyReadingState(), warning };
  return { state: { read: marksOf(content, wanted), positions: content.positions }, warning };
}

/**
 * Merges a session's changes into the file as it is now, under its lock, so a reader running
 * beside this one keeps its marks. Returns a warning when the file on disk was damaged (it is set
 * aside, and the changes saved into a fresh one); throws when the file cannot be written.
 */
export function saveReadingState(changes: ReadingStateChanges, file = readingStateFile()): string | null {
  return withFileLock(file, () => {
    const { content, warning, inPlace } = readFile(file);
    if (inPlace) throw new Error(`${file} could not be read or set aside; it is left as it is`);
    // A version 1 file is packed once, by its first save.
    const packed = !content ? '' : content.version === 2 ? content.read : packVersion1Marks(content.read);
    const positions = new Map([...(content?.positions ?? []), ...changes.positions]);
    const newest = [...positions].sort((a, b) => b[1].updated - a[1].updated).slice(0, MAX_POSITIONS);
    const data = { version: 2, read: mergeReadMarks(packed, changes.read, changes.unread), positions: Object.fromEntries(newest) };
    writeFileAtomic(file, JSON.stringify(data));
    return warning;
  });
}
