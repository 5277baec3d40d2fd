// An article as a Markdown file with front matter, in the form the corpus loader reads
// (src/corpus/formats/frontMatter.ts): title, source, date, url, author. Extra keys, which the
// loader ignores, record where each value was found, the feed it came from and when.
import type { ArticleMeta } from '../extract/types';

export interface LibraryArticle {
  meta: ArticleMeta;
  paragraphs: string[];
  /**
   * The address of the page the text belongs to (after redirects); may differ from the canonical
   * URL. None for a feed item that has no link: then only its text identifies it.
   */
  fetchedUrl?: string;
  /** The feed whose item this is, when it came from one. */
  feed?: string;
}

/** The front-matter key of each metadata field, as the loader reads it. */
const KEYS: [keyof ArticleMeta, string][] = [
  ['headline', 'title'],
  ['outlet', 'source'],
  ['date', 'date'],
  ['author', 'author'],
  ['url', 'url'],
];

/** A double-quoted YAML scalar on one line; the loader undoes exactly these escapes. */
function quoted(value: string): string {
  return `"${value.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function bodyOf(article: LibraryArticle): string {
  return article.paragraphs.join('\n\n');
}

export function renderArticleFile(article: LibraryArticle, fetchedAt: Date): string {
  const lines = ['---'];
  for (const [field, key] of KEYS) {
    const value = article.meta[field];
    if (value) lines.push(`${key}: ${quoted(value.value)}`);
  }
  if (article.feed) lines.push(`feed: ${quoted(article.feed)}`);
  if (article.fetchedUrl && article.fetchedUrl !== article.meta.url?.value) lines.push(`fetched-from: ${quoted(article.fetchedUrl)}`);
  lines.push(`fetched: ${fetchedAt.toISOString()}`);
  for (const [field, key] of KEYS) {
    const value = article.meta[field];
    if (value) lines.push(`${key}-from: ${quoted(value.from)}`);
  }
  lines.push('---', '', bodyOf(article), '');
  return lines.join('\n');
}

const KEY_VALUE = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/;

/** The key-value pairs of a file's front matter, as this module writes them; empty when there is none. */
export function readFrontMatterFields(text: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  if (!text.startsWith('---\n')) return { fields, body: text };
  const close = text.indexOf('\n---\n', 3);
  if (close === -1) return { fields, body: text };
  for (const line of text.slice(4, close).split('\n')) {
    const m = KEY_VALUE.exec(line);
    if (!m) continue;
    const raw = m[2].trim();
    const value = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).replace(/\\(["\\])/g, '$1') : raw;
    fields.set(m[1], value);
  }
  return { fields, body: text.slice(close + 5).replace(/^\n+/, '') };
}
