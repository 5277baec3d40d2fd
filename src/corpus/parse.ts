// From a loaded document to an Article: the header (metadata line, photo caption, title line) and
// a closing source tag are set apart from the body; the body is cut into paragraphs, sentences and
// Q/A pairs. Every field says whether it was stated, derived or is unknown; nothing is invented.
import { isCaptionLine } from './caption';
import { findFaq, mayHoldFaq } from './faq';
import { collapse, deriveHeadline, looksLikeTitle, startsWithDateline, titleText } from './headline';
import { findClosingSourceTag, normaliseDate, readDateLine } from './metadata';
import { firstParagraph, isBlank, isHardWrapped, isTableRow, linesIn, paragraphsIn, splitParagraphs, type Line } from './paragraphs';
import { splitSentences, trimSpan } from './sentences';
import { unclosedFrontMatterEnd } from './formats/frontMatter';
import type { Article, FaqEntry, Field, RawDoc, Span } from './types';

export function parseArticle(doc: RawDoc): Article {
  return parseFromHead(doc, parseHead(doc));
}

function parseFromHead(doc: RawDoc, head: Head): Article {
  const { text } = doc;
  const { body } = head;
  const paragraphs = splitParagraphs(text, body);
  // A table row is one sentence: "Ill. Track   --   3.16" does not end at "Ill.".
  const splitAll = () => paragraphs.flatMap((p) => (isTableRow(text, p) ? [p] : splitSentences(text, p)));
  const headline = head.headline ?? derivedHeadlineOf(text, sentenceFrom(text, splitAll(), unclosedFrontMatterEnd(text, head.whole.start)));
  const article = {
    id: doc.id,
    path: doc.path,
    text,
    headline,
    outlet: head.outlet,
    date: undefined as unknown as Article['date'], // kept in its place, and read from the head when first asked for (below)
    url: head.url,
    author: head.author,
    caption: head.caption,
    titleLine: head.titleLine,
    body,
    paragraphs,
    faq: findFaq(text, paragraphs),
  } as Article;
  // Split and counted when first read: most of a large corpus's parse time, which commands that
  // read two articles (compare) or none (list reads only the count) need not pay for all.
  computedOnFirstRead(article, 'date', () => head.date);
  computedOnFirstRead(article, 'sentences', splitAll);
  computedOnFirstRead(article, 'words', () => countWords(text.slice(body.start, body.end)));
  return article;
}

/** What the lines before the body give: every field but the paragraphs and what is made of them. */
interface Head extends Pick<Article, 'outlet' | 'date' | 'url' | 'author' | 'caption' | 'titleLine' | 'body'> {
  whole: Span;
  /** The stated or title-line headline; null when it is derived from the first sentence (or unknown). */
  headline: Field<string> | null;
  /** No Q/A pairs, known without the paragraphs (the text holds no question marker). */
  noFaq?: FaqEntry[];
}

function parseHead(doc: RawDoc): Head {
  const { text, meta } = doc;
  const whole = trimSpan(text, { start: 0, end: text.length });
  const tag = findClosingSourceTag(text, whole);
  const content = tag ? trimSpan(text, { start: whole.start, end: tag.start }) : whole;
  const header = readHeader(text, content, stated(meta.title));
  let date: Field<string | null> | undefined;
  return {
    whole,
    headline: statedHeadlineOf(text, stated(meta.title), header.titleLine),
    outlet: outletOf(stated(meta.outlet), tag?.outlet ?? null),
    // Normalised when first read: search reads no date, and normalising Reuters' stated dates
    // was a tenth of the CPU profile of a warm search printing 4,638 articles.
    get date() {
      return (date ??= dateOf(stated(meta.date), header.date));
    },
    url: stated(meta.url),
    author: stated(meta.author),
    caption: header.caption,
    titleLine: header.titleLine,
    body: trimSpan(text, { start: header.bodyStart, end: content.end }),
  };
}

/** Everything parseArticle derives from the text: computed on first read of any of it. */
const PARSED_FIELDS = ['headline', 'outlet', 'date', 'url', 'author', 'caption', 'titleLine', 'body', 'paragraphs', 'sentences', 'faq', 'words'] as const satisfies readonly (keyof Article)[];
// A field added to Article and not listed above fails to compile here, instead of reading undefined.
const everyFieldListed: Exclude<keyof Article, 'id' | 'path' | 'text' | (typeof PARSED_FIELDS)[number]> extends never ? true : never = true;
void everyFieldListed;
/** The fields read from the head alone: the search index reads them for every article, and the paragraphs of none but the first. */
const HEAD_FIELDS: ReadonlySet<string> = new Set(['outlet', 'date', 'url', 'author', 'caption', 'titleLine', 'body'] satisfies (keyof Head)[]);

/**
 * The article with only its id, path and text at hand, parsed when any other field is first read:
 * `compare` on a large corpus needs every text (the corpus fingerprint) but only two articles parsed.
 */
export function parseArticleLazily(doc: RawDoc): Article {
  const article = { id: doc.id, path: doc.path, text: doc.text } as Article;
  sources.set(article, doc);
  return Object.defineProperties(article, LAZY_FIELDS);
}

/** Each article's head and parse, made on first read of a field that needs them. */
const heads = new WeakMap<Article, Head>();
const parses = new WeakMap<Article, Article>();

function headOf(article: Article): Head {
  let head = heads.get(article);
  if (!head) heads.set(article, (head = parseHead(sources.get(article)!)));
  return head;
}

function parsedOf(article: Article): Article {
  let parsed = parses.get(article);
  if (!parsed) parses.set(article, (parsed = parseFromHead(sources.get(article)!, headOf(article))));
  return parsed;
}

/** A lazily parsed field's value: from the head when it holds it, else from the whole parse. */
function lazyField(article: Article, key: (typeof PARSED_FIELDS)[number]): unknown {
  if (HEAD_FIELDS.has(key)) return headOf(article)[key as keyof Head];
  if (key === 'headline') return headOf(article).headline ?? parsedOf(article).headline;
  if (key === 'faq' && !parses.has(article) && !mayHoldFaq(article.text)) return (headOf(article).noFaq ??= []);
  return parsedOf(article)[key];
}

/** Whether the article is one parseArticleLazily made and it has not been parsed whole yet. */
function unparsed(article: Article): boolean {
  return sources.has(article) && !parses.has(article) && Object.getOwnPropertyDescriptor(article, 'paragraphs')?.get !== undefined;
}

/** The article's first paragraph, found without cutting the rest of it into paragraphs when it is not parsed yet. */
export function leadParagraph(article: Article): Span | null {
  if (!unparsed(article)) return article.paragraphs[0] ?? null;
  return firstParagraph(article.text, article.body);
}

/**
 * The article's paragraphs in order; when it is not parsed yet, each is found as it is read, so
 * that a reader stopping early (snippets stop after the last matched word) cuts no more.
 */
export function eachParagraph(article: Article): Iterable<Span> {
  return unparsed(article) ? paragraphsIn(article.text, article.body) : article.paragraphs;
}

/** The headline when the article states it (metadata or a title line), else null, without parsing the body for a derived one. */
export function statedHeadline(article: Article): string | null {
  if (unparsed(article) && Object.getOwnPropertyDescriptor(article, 'headline')?.get !== undefined) return headOf(article).headline?.value ?? null;
  return article.headline.from === 'explicit' ? article.headline.value : null;
}

// One set of accessors shared by every lazily parsed article (`this` is the article): a large
// corpus loads tens of thousands, and two closures per field and article were a good part of it.
const LAZY_FIELDS: PropertyDescriptorMap = Object.fromEntries(
  PARSED_FIELDS.map((key) => [
    key,
    {
      get(this: Article) {
        return lazyField(this, key);
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

function statedHeadlineOf(text: string, statedTitle: string | null, titleLine: Span | null): Field<string> | null {
  if (statedTitle !== null) return { value: collapse(statedTitle), from: 'explicit' };
  if (titleLine) return { value: titleText(text.slice(titleLine.start, titleLine.end)), from: 'explicit' };
  return null;
}

function derivedHeadlineOf(text: string, first: Span | undefined): Field<string> {
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
