// An article's body as a reader lays it out: Markdown files by their markup, other text by its
// paragraphs, with the table rows among them kept together and as written.
import { markdownBlocks } from './markdown';
import { plainBlocks } from './plainBlocks';
import type { Article, DisplayBlock } from './types';

const blocksOf = new WeakMap<Article, DisplayBlock[]>();

/** The body's display blocks, made once per article. */
export function displayBlocks(article: Article): DisplayBlock[] {
  let blocks = blocksOf.get(article);
  if (!blocks) {
    blocks = isMarkdown(article.path)
      ? markdownBlocks(article.text, article.body, paragraphsOf(article))
      : plainBlocks(article.text, paragraphsOf(article));
    blocksOf.set(article, blocks);
  }
  return blocks;
}

function isMarkdown(path: string): boolean {
  return /\.md$/i.test(path);
}

function paragraphsOf(article: Article) {
  return article.paragraphs.length > 0 ? article.paragraphs : [article.body];
}
