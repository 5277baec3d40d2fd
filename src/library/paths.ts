// Where the library lives: `--library PATH`, else the XDG data folder (~/.local/share/rknews).
import envPaths from 'env-paths';
import { join } from 'node:path';

export interface LibraryPaths {
  root: string;
  /** One Markdown file per article: the folder the reader loads. */
  articles: string;
  /** Subscriptions and what each feed's last fetch saw. */
  feeds: string;
}

export function libraryPaths(root?: string): LibraryPaths {
  const base = root ?? envPaths('rknews', { suffix: '' }).data;
  return { root: base, articles: join(base, 'articles'), feeds: join(base, 'feeds.json') };
}
