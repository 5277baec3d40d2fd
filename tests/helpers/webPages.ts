// Real-looking web pages and feeds for network tests, built from invented stories.

export interface PageSpec {
  headline: string;
  outlet: string;
  date: string; // ISO day
  author: string;
  url: string;
  paragraphs: string[];
  /** State metadata as JSON-LD NewsArticle (else Open Graph and <meta> only). */
  jsonLd?: boolean;
}

/** Paragraphs of an invented story, long enough for reader-mode extraction. */
export function storyParagraphs(topic: string, count = 5): string[] {
  return Array.from({ length: count }, (_, i) =>
    `Paragraph ${i + 1} about ${topic}: the council said on Tuesday that the work, which began last spring, ` +
      `would be finished ahead of schedule, and residents who had complained about the noise welcomed the news, ` +
      `although several shop owners said the closures had cost them customers for months.`,
  );
}

export const NAV_TEXT = 'Home World Business Sport Subscribe';
export const AD_TEXT = 'BUY ONE GET ONE FREE at Example Mart';
export const SCRIPT_TEXT = 'trackingPixelFired';

export function newsPage(p: PageSpec): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.headline,
    datePublished: `${p.date}T08:30:00+00:00`,
    author: [{ '@type': 'Person', name: p.author }],
    publisher: { '@type': 'Organization', name: p.outlet },
    mainEntityOfPage: { '@id': p.url },
  };
  const meta = p.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>`
    : `<meta property="og:title" content="${p.headline}">
<meta property="og:site_name" content="${p.outlet}">
<meta property="article:published_time" content="${p.date}T08:30:00Z">
<meta name="author" content="${p.author}">
<link rel="canonical" href="${p.url}">`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${p.headline} | ${p.outlet}</title>
${meta}
<script>window.${SCRIPT_TEXT} = true; document.write('${SCRIPT_TEXT}');</script>
<style>.ad { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div class="ad advertisement" id="ad-top"><a href="/ad">${AD_TEXT}</a></div>
<main><article>
<h1>${p.headline}</h1>
<p class="byline">By ${p.author}</p>
${p.paragraphs.map((t) => `<p>${t}</p>`).join('\n')}
<script>console.log('${SCRIPT_TEXT}')</script>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Something else entirely</a></li></ul></aside>
<footer><p>© ${p.outlet}. All rights reserved.</p></footer>
</body></html>`;
}

/** A paywall stub: a teaser and a subscribe box. */
export function paywallPage(headline: string): string {
  return `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head>
<body><article><h1>${headline}</h1><p>The council met on Tuesday to discuss the bridge.</p>
<div class="paywall"><p>Subscribe to continue reading.</p></div></article></body></html>`;
}

export interface FeedItemSpec {
  id: string;
  title: string;
  link: string;
  date: string; // ISO day
  author?: string;
  /** Full HTML content; without it the item carries only a summary. */
  content?: string;
  summary?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rfc822 = (day: string) => new Date(`${day}T09:00:00Z`).toUTCString();

export function rssFeed(title: string, items: FeedItemSpec[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${esc(title)}</title><link>http://127.0.0.1/</link><description>test</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid isPermaLink="false">${esc(i.id)}</guid><pubDate>${rfc822(i.date)}</pubDate>${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}<description>${esc(i.summary ?? '')}</description>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

export function atomFeed(title: string, items: FeedItemSpec[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test:${esc(title)}</id><updated>2024-01-01T00:00:00Z</updated>
${items.map((i) => `<entry><id>${esc(i.id)}</id><title>${esc(i.title)}</title><link rel="alternate" href="${esc(i.link)}"/><published>${i.date}T09:00:00Z</published><updated>${i.date}T09:00:00Z</updated>${i.author ? `<author><name>${esc(i.author)}</name></author>` : ''}${i.summary ? `<summary>${esc(i.summary)}</summary>` : ''}${i.content ? `<content type="html">${esc(i.content)}</content>` : ''}</entry>`).join('\n')}
</feed>`;
}

export function rdfFeed(title: string, items: FeedItemSpec[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="http://127.0.0.1/"><title>${esc(title)}</title><link>http://127.0.0.1/</link><description>test</description></channel>
${items.map((i) => `<item rdf:about="${esc(i.link)}"><title>${esc(i.title)}</title><link>${esc(i.link)}</link><dc:date>${i.date}</dc:date>${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}<description>${esc(i.summary ?? '')}</description>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`).join('\n')}
</rdf:RDF>`;
}

export function jsonFeed(title: string, items: FeedItemSpec[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({
      id: i.id,
      url: i.link,
      title: i.title,
      date_published: `${i.date}T09:00:00Z`,
      ...(i.author ? { authors: [{ name: i.author }] } : {}),
      ...(i.content ? { content_html: i.content } : { content_text: i.summary ?? '' }),
    })),
  });
}

export function opmlFile(feeds: { title: string; url: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
<outline text="News">
${feeds.map((f) => `<outline type="rss" text="${esc(f.title)}" title="${esc(f.title)}" xmlUrl="${esc(f.url)}"/>`).join('\n')}
</outline></body></opml>`;
}
