// Metadata a web page states about itself, most specific first: JSON-LD (schema.org NewsArticle and
// kin), then Open Graph and other <meta> tags, <link rel=canonical>, and <time>. Each value keeps
// the name of where it was found. Nothing is inferred from the text.
import { normaliseDate } from '../corpus/metadata';
import { webUrl } from '../net/webUrl';
import type { DomDocument } from './dom';
import { cleanText } from './paragraphs';
import type { ArticleMeta, Sourced } from './types';

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

type Json = Record<string, unknown>;

/** The provenance of a URL the page does not state: the address it was fetched from. */
export const FETCHED_URL = 'fetched URL';

/** The first value that is a non-empty string once cleaned, with its source. */
function first(...candidates: [unknown, string][]): Sourced | undefined {
  for (const [value, from] of candidates) {
    if (typeof value === 'string') {
      const clean = cleanText(value);
      if (clean !== '') return { value: clean, from };
    }
  }
  return undefined;
}

/** Every JSON-LD object in the page, @graph members and arrays flattened. Broken JSON-LD is skipped. */
function jsonLdObjects(document: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Json);
      if ('@graph' in node) visit((node as Json)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is no reason to refuse its article; the other sources remain.
    }
  }
  return out;
}

function isArticle(node: Json): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** A schema.org person or organisation (or a list of them) as a name. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const name = (value as Json).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const id = (value as Json)['@id'] ?? (value as Json).url;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

function metaContent(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content');
    if (content && content.trim() !== '') return content;
  }
  return undefined;
}

/** A stated day, or undefined when the value is no full date. */
function dated(s: Sourced | undefined): Sourced | undefined {
  const day = s && normaliseDate(s.value);
  return day ? { value: day, from: s.from } : undefined;
}

/** An absolute web URL resolved against the page's address; other schemes are no canonical URL. */
function absolute(s: Sourced | undefined, base: string): Sourced | undefined {
  if (!s) return undefined;
  const href = webUrl(s.value, base);
  return href ? { value: href, from: s.from } : undefined;
}

/** A <time> that dates the article: marked as its publication time, else the first in its <article> or <header>. */
function publicationTime(document: DomDocument): string | undefined {
  const el =
    document.querySelector('time[itemprop="datePublished"], time[pubdate]') ??
    document.querySelector('article time[datetime], header time[datetime]');
  return el?.getAttribute('datetime') ?? el?.textContent ?? undefined;
}

/** Metadata of the page at `pageUrl` (its address after redirects). */
export function pageMeta(document: DomDocument, pageUrl: string): ArticleMeta {
  const ld = jsonLdObjects(document).find(isArticle) ?? {};
  const publisher = (ld.publisher ?? {}) as Json;
  return {
    headline: first(
      [ld.headline, 'JSON-LD headline'],
      [metaContent(document, 'og:title'), 'og:title'],
      [metaContent(document, 'twitter:title'), 'twitter:title'],
      [document.querySelector('h1')?.textContent, '<h1>'],
      [document.querySelector('title')?.textContent, '<title>'],
    ),
    outlet: first(
      [nameOf(publisher), 'JSON-LD publisher'],
      [metaContent(document, 'og:site_name'), 'og:site_name'],
      [metaContent(document, 'application-name'), 'application-name'],
    ),
    date: dated(
      first(
        [ld.datePublished, 'JSON-LD datePublished'],
        [metaContent(document, 'article:published_time'), 'article:published_time'],
        [metaContent(document, 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date'), '<meta> date'],
        [publicationTime(document), '<time>'],
      ),
    ),
    author: first(
      [nameOf(ld.author), 'JSON-LD author'],
      [metaContent(document, 'author'), '<meta> author'],
      [metaContent(document, 'article:author')?.startsWith('http') ? undefined : metaContent(document, 'article:author'), 'article:author'],
    ),
    url: absolute(
      first(
        [urlOf(ld.url) ?? urlOf(ld.mainEntityOfPage), 'JSON-LD url'],
        [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), '<link rel=canonical>'],
        [metaContent(document, 'og:url'), 'og:url'],
      ),
      pageUrl,
    ) ?? { value: pageUrl, from: FETCHED_URL },
  };
}
