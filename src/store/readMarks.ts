// Read marks packed into one string, `key:time key:time …` with times in base 36. With millions of
// marks (the state of years of reading), building a map of them all costs seconds, so the reader
// takes only its own corpus's marks from the string, and a save edits the string where its keys
// are instead of rebuilding it.
import { isMarkTime } from './schemas';

/** Up to this many changed keys are found by searching the string; more, by one pass over it. */
const SEARCH_LIMIT = 32;

const token = (key: string, at: number) => `${key}:${at.toString(36)}`;
// Article keys are base64url hashes; a key with a separator in it cannot be packed (and marks nothing shown).
const packable = (key: string) => key !== '' && !key.includes(' ') && !key.includes(':');

export function packReadMarks(read: ReadonlyMap<string, number>): string {
  const tokens: string[] = [];
  for (const [key, at] of read) if (packable(key) && isMarkTime(at)) tokens.push(token(key, at));
  return tokens.join(' ');
}

/** A version 1 file's marks, packed; damaged ones dropped. for…in: with millions of properties, Object.entries takes twice as long. */
export function packVersion1Marks(read: Readonly<Record<string, unknown>>): string {
  const tokens: string[] = [];
  for (const key in read) {
    const at = read[key];
    if (packable(key) && isMarkTime(at)) tokens.push(token(key, at));
  }
  return tokens.join(' ');
}

/** The time of a token's mark, or null when the token is damaged. */
function timeOf(packed: string, colon: number, end: number): number | null {
  if (end - colon < 2 || end - colon > 12) return null;
  const digits = packed.slice(colon + 1, end);
  return /^[0-9a-z]+$/.test(digits) ? parseInt(digits, 36) : null;
}

/** Calls `visit` with each token's bounds: [start, colon) is its key, (colon, end) its time. */
function eachToken(packed: string, visit: (start: number, colon: number, end: number) => void): void {
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf(' ', start);
    if (end < 0) end = packed.length;
    const colon = packed.indexOf(':', start);
    // A token without a key and a time is damage: skipped.
    if (colon > start && colon < end) visit(start, colon, end);
    start = end + 1;
  }
}

/** The marks of the wanted keys (all marks without `wanted`); damaged tokens are left out. */
export function unpackReadMarks(packed: string, wanted?: ReadonlySet<string>): Map<string, number> {
  const read = new Map<string, number>();
  eachToken(packed, (start, colon, end) => {
    const key = packed.slice(start, colon);
    if (wanted && !wanted.has(key)) return;
    const at = timeOf(packed, colon, end);
    if (at !== null) read.set(key, at);
  });
  return read;
}

/** Where each of these keys' tokens is: [start, end) pairs, found by searching for `key:` at a token's start. */
function findTokens(packed: string, keys: Iterable<string>): [number, number][] {
  const found: [number, number][] = [];
  for (const key of keys) {
    for (let at = packed.indexOf(`${key}:`); at >= 0; at = packed.indexOf(`${key}:`, at + 1)) {
      if (at > 0 && packed[at - 1] !== ' ') continue;
      const end = packed.indexOf(' ', at);
      found.push([at, end < 0 ? packed.length : end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Every token of these keys, by one pass: for many keys, cheaper than a search for each. */
function scanTokens(packed: string, keys: ReadonlySet<string>): [number, number][] {
  const found: [number, number][] = [];
  eachToken(packed, (start, colon, end) => {
    if (keys.has(packed.slice(start, colon))) found.push([start, end]);
  });
  return found;
}

/** The packed marks with `unread` removed and `read` set (replacing any earlier time of theirs). */
export function mergeReadMarks(packed: string, read: ReadonlyMap<string, number>, unread: ReadonlySet<string>): string {
  const changed = new Set([...unread, ...read.keys()]);
  if (changed.size === 0) return packed;
  const drop = changed.size <= SEARCH_LIMIT ? findTokens(packed, changed) : scanTokens(packed, changed);
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of drop) {
    if (start > from) kept.push(packed.slice(from, start));
    from = end + 1;
  }
  if (from < packed.length) kept.push(packed.slice(from));
  const added = packReadMarks(read);
  return [...kept.map((part) => part.trim()).filter((part) => part !== ''), ...(added ? [added] : [])].join(' ');
}
