// A web page to an article: its metadata (pageMeta) and its main text, found by Mozilla's
// Readability (Firefox's reader view) over linkedom, a DOM that never runs the page's scripts.
import { Readability } from '@mozilla/readability';
import { parseDocument } from './dom';
import { pageMeta } from './pageMeta';
import { cleanText, paragraphsOfHtml } from './paragraphs';
import { ExtractError, type Extracted } from './types';

/** Fewer words than this is a teaser, a paywall or a stub, not an article. */
export const MIN_ARTICLE_WORDS = 50;

export function wordCount(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}

/** A short line crediting the author: "By Jane Doe", "Jane Doe, Political Editor". */
function isByline(paragraph: string, author: string): boolean {
  return paragraph.split(/\s+/).length <= 12 && paragraph.includes(author) && (/^by\s/i.test(paragraph) || paragraph.startsWith(author));
}

/** The article in the page at `pageUrl`; throws ExtractError when there is none worth keeping. */
export function extractPage(html: string, pageUrl: string): Extracted {
  const document = parseDocument(html);
  // Metadata first: Readability removes the scripts that hold JSON-LD.
  const meta = pageMeta(document, pageUrl);
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  if (!readable?.content) throw new ExtractError('no article text found in the page');
  const paragraphs = paragraphsOfHtml(readable.content);
  // Readability keeps the title as a heading when the page repeats it; the front matter has it.
  if (meta.headline && paragraphs[0] === meta.headline.value) paragraphs.shift();
  // Readability leaves the byline in the text when the metadata already named the author.
  if (meta.author && isByline(paragraphs[0] ?? '', meta.author.value)) paragraphs.shift();
  const words = wordCount(paragraphs);
  if (words < MIN_ARTICLE_WORDS) {
    throw new ExtractError(`only ${words} words of text: a paywall, a teaser or a stub, not an article`);
  }
  const byline = cleanText(readable.byline ?? '');
  if (!meta.author && byline) meta.author = { value: byline, from: 'byline' };
  return { meta, paragraphs };
}
