// The corpus layer's front door: read files, parse each into an Article.
import { basename, resolve } from 'node:path';
import { loadDocs } from './load';
import { parseArticleLazily } from './parse';
import type { Corpus, LoadOptions } from './types';

export function loadCorpus(paths: string[], opts: LoadOptions = {}): Corpus {
  const { docs, problems } = loadDocs(paths, opts);
  // Parsed on first use: a command that reads two articles of a large corpus parses two.
  return { name: corpusName(paths), articles: docs.map(parseArticleLazily), problems };
}

/** A short label for the title bar: the folder or file name, or a count when several were given. */
function corpusName(paths: string[]): string {
  if (paths.length === 1) return basename(resolve(paths[0])) || paths[0];
  return `${paths.length} sources`;
}
