// The paragraphs of an HTML fragment: the text of its block elements, whitespace collapsed, in
// document order. Navigation, scripts, styles, forms and figures carry no article text.
import { sanitizeText } from '../corpus/sanitize';
import { parseDocument, type DomElement } from './dom';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt';
const NOT_TEXT = 'script, style, noscript, template, iframe, nav, form, button, figure, svg, aside';

/** Whitespace collapsed and terminal-unsafe characters removed. */
export function cleanText(s: string): string {
  return sanitizeText(s).replace(/\s+/g, ' ').trim();
}

/** Paragraphs of the HTML in `root` (an element of a linkedom document). */
export function paragraphsOf(root: DomElement): string[] {
  for (const el of Array.from(root.querySelectorAll(NOT_TEXT))) el.remove();
  const blocks = Array.from(root.querySelectorAll(BLOCKS));
  // A block inside another block (a <p> in a <blockquote> or <li>) is read as part of the outer one.
  const outer = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
  const texts = (outer.length > 0 ? outer : [root]).map((el) => cleanText(el.textContent ?? ''));
  return texts.filter((t) => t !== '');
}

/** Paragraphs of an HTML fragment such as a feed item's content. Plain text is split at blank lines. */
export function paragraphsOfHtml(html: string): string[] {
  if (!/<[a-z!/]/i.test(html)) {
    return sanitizeText(html).split(/\n\s*\n/).map(cleanText).filter((t) => t !== '');
  }
  return paragraphsOf(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body);
}
