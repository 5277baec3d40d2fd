// From a loaded document to an Article: the header (metadata line, photo caption, title line) and
// a closing source tag are set apart from the body; the body is cut into paragraphs, sentences and
// Q/A pairs. Every field says whether it was stated, derived or is unknown; nothing is invented.
import { isCaptionLine } from './caption';
import { findFaq } from './faq';
import { collapse, deriveHeadline, looksLikeTitle, startsWithDateline, titleText } from './headline';
import { findClosingSourceTag, normaliseDate, readDateLine } from './metadata';
import { isBlank, isHardWrapped, isTableRow, linesIn, splitParagraphs, type Line } from './paragraphs';
import { splitSentences, trimSpan } from './sentences';
import { unclosedFrontMatterEnd } from './formats/frontMatter';
import type { Article, Field, RawDoc, Span } from './types';

export function parseArticle(doc: RawDoc): Article {
  const { text, meta } = doc;
  const whole = trimSpan(text, { start: 0, end: text.length });
  const tag = findClosingSourceTag(text, whole);
  const content = tag ? trimSpan(text, { start: whole.start, end: tag.start }) : whole;
  const header = readHeader(text, content, stated(meta.title));
  const body = trimSpan(text, { start: header.bodyStart, end: content.end });
  const paragraphs = splitParagraphs(text, body);
  // A table row is one sentence: "Ill. Track   --   3.16" does not end at "Ill.".
  const splitAll = () => paragraphs.flatMap((p) => (isTableRow(text, p) ? [p] : splitSentences(text, p)));
  const headline = headlineOf(text, stated(meta.title), header.titleLine, () =>
    sentenceFrom(text, splitAll(), unclosedFrontMatterEnd(text, whole.start)),
  );
  const article = {
    id: doc.id,
    path: doc.path,
    text,
    headline,
    outlet: outletOf(stated(meta.outlet), tag?.outlet ?? null),
    date: dateOf(stated(meta.date), header.date),
    url: stated(meta.url),
    author: stated(meta.author),
    caption: header.caption,
    titleLine: header.titleLine,
    body,
    paragraphs,
    faq: findFaq(text, paragraphs),
  } as Article;
  // Split and counted when first read: most of a large corpus's parse time, which commands that
  // read two articles (compare) or none (list reads only the count) need not pay for all.
  computedOnFirstRead(article, 'sentences', splitAll);
  computedOnFirstRead(article, 'words', () => countWords(text.slice(body.start, body.end)));
  return article;
}

/** Everything parseArticle derives from the text: computed on first read of any of it. */
const PARSED_FIELDS = ['headline', 'outlet', 'date', 'url', 'author', 'caption', 'titleLine', 'body', 'paragraphs', 'sentences', 'faq', 'words'] as const satisfies readonly (keyof Article)[];
// A field added to Article and not listed above fails to compile here, instead of reading undefined.
const everyFieldListed: Exclude<keyof Article, 'id' | 'path' | 'text' | (typeof PARSED_FIELDS)[number]> extends never ? true : never = true;
void everyFieldListed;

/**
 * The article with only its id, path and text at hand, parsed when any other field is first read:
 * `compare` on a large corpus needs every text (the corpus fingerprint) but only two articles parsed.
 */
export function parseArticleLazily(doc: RawDoc): Article {
  const article = { id: doc.id, path: doc.path, text: doc.text } as Article;
  sources.set(article, doc);
  return Object.defineProperties(article, LAZY_FIELDS);
}

/** Each article's parse, made on first read of a parsed field. */
const parses = new WeakMap<Article, Article>();

function parsedOf(article: Article): Article {
  let parsed = parses.get(article);
  if (!parsed) parses.set(article, (parsed = parseArticle(sources.get(article)!)));
  return parsed;
}

// One set of accessors shared by every lazily parsed article (`this` is the article): a large
// corpus loads tens of thousands, and two closures per field and article were a good part of it.
const LAZY_FIELDS: PropertyDescriptorMap = Object.fromEntries(
  PARSED_FIELDS.map((key) => [
    key,
    {
      get(this: Article) {
        return parsedOf(this)[key];
      },
      set(this: Article, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

const sources = new WeakMap<Article, RawDoc>();

/**
 * The document a lazily parsed article comes from, while it is at hand: everything its parsed
 * fields are derived from, so a cache key can be made of it without parsing (search's index key).
 */
export function sourceOf(article: Article): RawDoc | undefined {
  return sources.get(article);
}

/** Makes `key` a property computed on first read and then kept as a plain value. */
function computedOnFirstRead<K extends keyof Article>(article: Article, key: K, compute: () => Article[K]): void {
  const settle = (value: Article[K]) => {
    Object.defineProperty(article, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(article, key, { get: () => settle(compute()), set: settle, enumerable: true, configurable: true });
}

/** The first sentence, or what of it lies at or after `from` (the first sentence may straddle it). */
function sentenceFrom(text: string, sentences: Span[], from: number): Span | undefined {
  const s = sentences.find((x) => x.end > from);
  if (!s) return undefined;
  const span = trimSpan(text, { start: Math.max(s.start, from), end: s.end });
  return span.end > span.start ? span : undefined;
}

interface Header {
  bodyStart: number;
  /** The date a leading metadata line states, when it states a full one. */
  date: string | null;
  caption: Span | null;
  titleLine: Span | null;
}

/**
 * Reads the lines before the body: metadata lines or prefixes (`date 2023-09-14 …`), a photo
 * caption, and a title line, in any order, each kind at most once (metadata lines may repeat).
 */
function readHeader(text: string, content: Span, statedTitle: string | null): Header {
  const header: Header = { bodyStart: content.start, date: null, caption: null, titleLine: null };
  let pos = content.start;
  for (;;) {
    pos = trimSpan(text, { start: pos, end: content.end }).start;
    if (pos >= content.end) break;
    const dateLine = readDateLine(text, pos);
    if (dateLine && dateLine.end > pos) {
      header.date ??= dateLine.date;
      pos = Math.min(dateLine.end, content.end);
      continue;
    }
    const lineEnd = endOfLine(text, pos, content.end);
    const line = trimSpan(text, { start: pos, end: lineEnd });
    const textFollows = trimSpan(text, { start: lineEnd, end: content.end }).end > lineEnd;
    if (!textFollows) break;
    if (!header.caption && isCaptionLine(text, line) && !runsOn(text, line, content)) {
      header.caption = line;
    } else if (!header.titleLine && isTitleLine(text, line, content, statedTitle)) {
      header.titleLine = line;
    } else {
      break;
    }
    pos = lineEnd;
  }
  header.bodyStart = pos;
  return header;
}

/**
 * With a stated title, a first line repeating it is the title line. Without one, a short line that
 * is not closed like a sentence and does not run on into the next line (hard-wrapped text) is.
 */
function isTitleLine(text: string, line: Span, content: Span, statedTitle: string | null): boolean {
  const value = collapse(titleText(text.slice(line.start, line.end)));
  if (statedTitle !== null) return value.toLowerCase() === collapse(statedTitle).toLowerCase();
  return looksLikeTitle(text, line) && !startsWithDateline(text.slice(line.start, line.end)) && !runsOn(text, line, content);
}

/**
 * Whether the line is the first of a wrapped paragraph rather than a line of its own: the next
 * line continues in lower case, or the block is hard-wrapped, the next line is neither indented
 * nor metadata, and the line is about as long as the wrap width (a title is usually shorter).
 */
function runsOn(text: string, line: Span, content: Span): boolean {
  const block: Line[] = [];
  for (const l of linesIn(text, { start: line.start, end: content.end })) {
    if (isBlank(text, l)) break;
    block.push(l);
  }
  if (block.length < 2) return false;
  const next = text.slice(block[1].start, block[1].end);
  if (/^\s*\p{Ll}/u.test(next)) return true;
  if (/^\s/.test(next) || readDateLine(text, block[1].start) || !isHardWrapped(text, block)) return false;
  const width = Math.max(...block.map((l) => text.slice(l.start, l.end).trimEnd().length));
  return line.end - line.start >= 0.6 * width;
}

function endOfLine(text: string, pos: number, limit: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 || nl > limit ? limit : nl;
}

function headlineOf(text: string, statedTitle: string | null, titleLine: Span | null, firstSentence: () => Span | undefined): Field<string> {
  if (statedTitle !== null) return { value: collapse(statedTitle), from: 'explicit' };
  if (titleLine) return { value: titleText(text.slice(titleLine.start, titleLine.end)), from: 'explicit' };
  const first = firstSentence();
  if (first) return { value: deriveHeadline(text.slice(first.start, first.end)), from: 'derived' };
  return { value: '', from: 'unknown' };
}

function outletOf(statedOutlet: string | null, tagged: string | null): Field<string | null> {
  if (statedOutlet !== null) return { value: statedOutlet, from: 'explicit' };
  if (tagged !== null) return { value: tagged, from: 'explicit' };
  return { value: null, from: 'unknown' };
}

/** A stated date that does not parse stays unknown unless the text itself states one. */
function dateOf(statedDate: string | null, fromText: string | null): Field<string | null> {
  const iso = (statedDate !== null ? normaliseDate(statedDate) : null) ?? fromText;
  return iso ? { value: iso, from: 'explicit' } : { value: null, from: 'unknown' };
}

/** A stated metadata value, or null when absent or blank. */
function stated(value: string | undefined): string | null {
  const s = value?.trim();
  return s ? s : null;
}

/**
 * Whitespace-separated tokens holding a letter or digit ("--" is not a word, "(1986)" is).
 * Found in two steps: one regex for both backtracked quadratically on a long run of symbols.
 */
function countWords(s: string): number {
  let words = 0;
  for (const m of s.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(m[0])) words++;
  return words;
}
