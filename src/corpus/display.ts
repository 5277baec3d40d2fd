// An article's body as a reader lays it out: Markdown files by their markup, other text by its
// paragraphs, with the table rows among them kept together and as written.
import { plainBlocks } from './plainBlocks';
import type { Article, DisplayBlock } from './types';

type MarkdownLayout = typeof import('./markdown').markdownBlocks;

/**
 * The Markdown parser is loaded on demand (loadMarkdownLayout): it is about a tenth of the reader's
 * code, and a corpus without `.md` files never needs it, so its first frame does not wait for it.
 */
let markdownLayout: MarkdownLayout | null = null;

/** Loads the Markdown layout when some article is a Markdown file; resolves at once otherwise. */
export async function loadMarkdownLayout(articles: readonly Pick<Article, 'path'>[]): Promise<void> {
  if (markdownLayout || !articles.some((a) => isMarkdown(a.path))) return;
  markdownLayout = (await import('./markdown')).markdownBlocks;
}

const blocksOf = new WeakMap<Article, DisplayBlock[]>();

/**
 * The body's display blocks, made once per article. A Markdown file before loadMarkdownLayout is
 * laid out as plain text, and not remembered, so it shows its markup once the layout is loaded.
 */
export function displayBlocks(article: Article): DisplayBlock[] {
  let blocks = blocksOf.get(article);
  if (blocks) return blocks;
  if (!isMarkdown(article.path)) blocks = plainBlocks(article.text, paragraphsOf(article));
  else if (markdownLayout) blocks = markdownLayout(article.text, article.body, paragraphsOf(article));
  else return plainBlocks(article.text, paragraphsOf(article));
  blocksOf.set(article, blocks);
  return blocks;
}

/** False while the article's layout is a stand-in (a Markdown file before its layout is loaded): not to be cached. */
export function layoutFinal(article: Pick<Article, 'path'>): boolean {
  return markdownLayout !== null || !isMarkdown(article.path);
}

function isMarkdown(path: string): boolean {
  return /\.md$/i.test(path);
}

function paragraphsOf(article: Article) {
  return article.paragraphs.length > 0 ? article.paragraphs : [article.body];
}
