// Subscriptions in and out: OPML (what feed readers exchange) through feedsmith, and newsboat's
// `urls` file (one URL a line, then tags; a "~Title" tag names the feed; # starts a comment).
import { generateOpml, parseOpml } from 'feedsmith';
import { cleanText } from '../extract/paragraphs';
import { webUrl } from '../net/webUrl';
import type { Feed } from './subscriptions';

export interface Subscription {
  url: string;
  title?: string;
}

export class SubscriptionsFormatError extends Error {}

type Outline = { text?: string; title?: string; xmlUrl?: string; outlines?: Outline[] };

const isWebUrl = (url: string) => webUrl(url) !== undefined;

/** Feeds listed in an OPML document, folders flattened. */
export function parseOpmlSubscriptions(text: string): Subscription[] {
  let opml: { body?: { outlines?: Outline[] } };
  try {
    opml = parseOpml(text) as typeof opml;
  } catch (error) {
    throw new SubscriptionsFormatError(`not a valid OPML file: ${(error as Error).message}`);
  }
  const out: Subscription[] = [];
  const visit = (outlines: Outline[] | undefined) => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl) {
        const title = cleanText(o.title ?? o.text ?? '');
        out.push({ url: o.xmlUrl.trim(), ...(title ? { title } : {}) });
      }
      visit(o.outlines);
    }
  };
  visit(opml.body?.outlines);
  return out;
}

/** Feeds in a newsboat `urls` file. Query feeds ("query:…") and filters ("exec:", "filter:") are not feeds. */
export function parseNewsboatUrls(text: string): Subscription[] {
  const out: Subscription[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [url, ...tags] = trimmed.match(/"[^"]*"|\S+/g) ?? [];
    if (!url || !isWebUrl(url)) continue;
    const named = tags.map((t) => t.replace(/^"|"$/g, '')).find((t) => t.startsWith('~'));
    const title = named ? cleanText(named.slice(1)) : '';
    out.push({ url, ...(title ? { title } : {}) });
  }
  return out;
}

/** Subscriptions from a file of either kind: XML is OPML, anything else a `urls` list. */
export function parseSubscriptions(text: string): Subscription[] {
  const subs = /^\s*(?:\ufeff)?</.test(text) ? parseOpmlSubscriptions(text) : parseNewsboatUrls(text);
  const valid = subs.filter((s) => isWebUrl(s.url));
  if (valid.length === 0) throw new SubscriptionsFormatError('no feed URL found (expected OPML outlines with xmlUrl, or one URL a line)');
  return valid;
}

export function renderOpml(feeds: Feed[]): string {
  return generateOpml({
    head: { title: 'rknews subscriptions' },
    body: { outlines: feeds.map((f) => ({ text: f.title ?? f.url, ...(f.title ? { title: f.title } : {}), type: 'rss', xmlUrl: f.url })) },
  } as Parameters<typeof generateOpml>[0]);
}
