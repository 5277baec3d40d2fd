// Which articles a run opens when no path is given (the library when it holds any, else the
// seeds), and which commands work on the library: all start-up needs to know, kept apart from
// the library commands themselves (fetching, HTML extraction), which load only when run.
import { readdirSync } from 'node:fs';
import { libraryPaths } from '../library/paths';

export const LIBRARY_COMMANDS = new Set(['add', 'feeds', 'fetch']);

/** The folders to load when the user named none, and what to call them in the title bar. */
export function defaultCorpus(library: string | undefined, seeds: string): { paths: string[]; source: 'library' | 'seeds' } {
  const { articles } = libraryPaths(library);
  let hasArticles = false;
  try {
    hasArticles = readdirSync(articles).some((n) => n.endsWith('.md') && !n.startsWith('.'));
  } catch {
    // No library yet.
  }
  if (library !== undefined || hasArticles) return { paths: [articles], source: 'library' };
  return { paths: [seeds], source: 'seeds' };
}
