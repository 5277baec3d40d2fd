// Feed text to items, whatever the format: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, parsed by
// feedsmith. Each item keeps what the feed states: title, link, date, author, and its full
// content or only a summary.
import { parseFeed } from 'feedsmith';
import { textHash } from '../corpus/hash';
import { normaliseDate } from '../corpus/metadata';
import { cleanText } from '../extract/paragraphs';
import { webUrl } from '../net/webUrl';

export interface FeedItem {
  /** What identifies the item across fetches: its guid or id, else its link, else its title. */
  key: string;
  /** Changes when anything the item states changes. */
  fingerprint: string;
  link?: string;
  title?: string;
  /** ISO 8601 day. */
  date?: string;
  author?: string;
  /** Full content (HTML or text), when the feed carries it. */
  content?: string;
  summary?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

export class FeedParseError extends Error {}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const textOf = (v: unknown): string | undefined => str(v) ?? str((v as Loose | undefined)?.value);
const names = (authors: unknown): string | undefined => {
  if (!Array.isArray(authors)) return undefined;
  const list = authors.map((a) => str(a) ?? str((a as Loose)?.name)).filter((n): n is string => !!n);
  return list.length > 0 ? list.join(', ') : undefined;
};

function dayOf(...values: unknown[]): string | undefined {
  for (const v of values) {
    const day = typeof v === 'string' ? normaliseDate(v) : null;
    if (day) return day;
  }
  return undefined;
}

function item(fields: Omit<FeedItem, 'key' | 'fingerprint'>, id: unknown, base: string): FeedItem {
  const link = resolve(fields.link, base);
  const title = fields.title !== undefined ? cleanText(fields.title) || undefined : undefined;
  const author = fields.author !== undefined ? cleanText(fields.author) || undefined : undefined;
  const key = str(id) ?? link ?? title ?? textHash(fields.content ?? fields.summary ?? '');
  const fingerprint = textHash(JSON.stringify([link, title, fields.date, author, fields.content, fields.summary]));
  return { ...fields, link, title, author, key, fingerprint };
}

/** Item links may be relative to the feed's address; only web links are kept. */
function resolve(link: string | undefined, base: string): string | undefined {
  return link ? webUrl(link.trim(), base) : undefined;
}

/** Parses feed text fetched from `feedUrl`; throws FeedParseError naming what is wrong. */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(text) as { format: string; feed: Loose };
  } catch (error) {
    const name = (error as Error).name;
    const message = (error as Error).message;
    if (name === 'DetectError' || /unrecognized/i.test(message)) throw new FeedParseError('not a feed (no RSS, Atom, RDF or JSON Feed found)');
    throw new FeedParseError(`malformed feed: ${message}`);
  }
  const feed = parsed.feed;
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        format: parsed.format,
        title: textOf(feed.title),
        items: (feed.items ?? []).map((i: Loose) =>
          item(
            {
              link: str(i.link) ?? (i.guid?.isPermaLink !== false ? str(i.guid?.value) : undefined),
              title: str(i.title),
              date: dayOf(i.pubDate, i.dc?.dates?.[0], i.dc?.date),
              author: str(i.dc?.creators?.[0]) ?? str(i.dc?.creator) ?? names(i.authors),
              content: str(i.content?.encoded),
              summary: str(i.description),
            },
            i.guid?.value ?? i.rdf?.about,
            feedUrl,
          ),
        ),
      };
    case 'atom':
      return {
        format: 'atom',
        title: textOf(feed.title),
        items: (feed.entries ?? []).map((e: Loose) => {
          const links: Loose[] = e.links ?? [];
          const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
          return item(
            {
              link: str(alternate?.href),
              title: textOf(e.title),
              date: dayOf(e.published, e.updated),
              author: names(e.authors),
              content: textOf(e.content),
              summary: textOf(e.summary),
            },
            e.id,
            feedUrl,
          );
        }),
      };
    case 'json':
      return {
        format: 'json',
        title: str(feed.title),
        items: (feed.items ?? []).map((i: Loose) =>
          item(
            {
              link: str(i.url) ?? str(i.external_url),
              title: str(i.title),
              date: dayOf(i.date_published, i.date_modified),
              author: names(i.authors) ?? str(i.author?.name),
              content: str(i.content_html) ?? str(i.content_text),
              summary: str(i.summary),
            },
            i.id,
            feedUrl,
          ),
        ),
      };
    default:
      throw new FeedParseError(`unsupported feed format '${parsed.format}'`);
  }
}
