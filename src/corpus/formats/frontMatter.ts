// Front matter: a block of `key: value` lines between `---` lines at the very top of a .txt or .md
// file. Only the simple form is read (no YAML library): the keys we use are flat strings.
import type { StatedMeta } from '../types';

export interface SplitText {
  meta: StatedMeta;
  /** The text after the block, leading blank lines dropped; the whole text when there is no block. */
  body: string;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
// Lines YAML allows that carry nothing for us: comments, list items, indented continuations.
const IGNORABLE = /^(?:#|-[ \t]|-$|[ \t])/;

const FIELD_FOR_KEY = new Map<string, keyof StatedMeta>([
  ['title', 'title'],
  ['source', 'outlet'],
  ['outlet', 'outlet'],
  ['date', 'date'],
  ['url', 'url'],
  ['author', 'author'],
]);

/** A value with surrounding quotes removed (YAML's escapes for the quote itself undone). */
function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) {
    return v.slice(1, -1).replace(/''/g, "'");
  }
  return v;
}

/**
 * Separate front matter from the text. A block that does not close, or holds a line that is not
 * `key: value` shaped, is not front matter (a text may open with a `---` rule), so the text is
 * returned whole. Unknown keys are ignored; when a field is stated twice the first one counts.
 */
export function splitFrontMatter(text: string): SplitText {
  const firstEnd = text.indexOf('\n');
  if (firstEnd === -1 || !FENCE.test(text.slice(0, firstEnd))) return { meta: {}, body: text };
  const meta: StatedMeta = {};
  let pos = firstEnd + 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (CLOSE.test(line)) {
      return { meta, body: text.slice(Math.min(pos, text.length)).replace(/^(?:[ \t]*\n)+/, '') };
    }
    if (line.trim() === '' || IGNORABLE.test(line)) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) return { meta: {}, body: text };
    const field = FIELD_FOR_KEY.get(m[1].toLowerCase());
    const value = unquote(m[2]);
    if (field && value !== '' && meta[field] === undefined) meta[field] = value;
  }
  return { meta: {}, body: text }; // never closed
}

/**
 * Where the lines of a front matter block that was never closed end: after the opening `---` and
 * the `key: value` (or ignorable) lines that follow it. They stay in the text as body, but are no
 * headline (a derived headline read "--- title: …"). `start` when the text at `start` opens no block.
 */
export function unclosedFrontMatterEnd(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (!FENCE.test(text.slice(start, end))) return start;
  let pos = end;
  while (pos < text.length) {
    let next = text.indexOf('\n', pos + 1);
    if (next === -1) next = text.length;
    const line = text.slice(pos + 1, next);
    if (CLOSE.test(line) || !(line.trim() === '' || IGNORABLE.test(line) || KEY_VALUE.test(line))) break;
    pos = next;
  }
  return Math.min(pos, text.length);
}
