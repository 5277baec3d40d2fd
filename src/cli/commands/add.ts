// `rknews add URL...`: fetch each page, extract the article, keep it in the library once.
import { basename } from 'node:path';
import { fetchArticle } from '../../library/ingest';
import type { LibraryPaths } from '../../library/paths';
import { ArticleStore, type SaveStatus } from '../../library/store';
import { FetchError } from '../../net/errors';
import { createFetcher } from '../../net/fetcher';
import type { NetOptions } from '../../net/types';
import { printable } from '../../corpus/sanitize';
import { writeJson, type Output } from '../output';
import type { ProgressBar } from '../progressBar';

interface AddResult {
  url: string;
  status: SaveStatus | 'failed';
  id: string | null;
  path: string | null;
  error: string | null;
}

const SAID: Record<SaveStatus, string> = {
  added: 'added',
  updated: 'updated (its text had changed)',
  unchanged: 'already in the library',
  duplicate: 'already in the library (same text)',
};

export async function runAdd(urls: string[], paths: LibraryPaths, net: NetOptions, json: boolean, io: Output, bar: ProgressBar): Promise<number> {
  const fetch = createFetcher(net);
  const store = new ArticleStore(paths.articles);
  let done = 0;
  const progress = () => bar.update(done, urls.length, `${done}/${urls.length} pages`);
  progress();
  const results = await Promise.all(
    urls.map(async (url): Promise<AddResult> => {
      try {
        const saved = store.save(await fetchArticle(fetch, url));
        const result = { url, status: saved.status, id: basename(saved.path, '.md'), path: saved.path, error: null };
        if (!json) bar.line(`${SAID[saved.status]}: ${printable(result.id)}\n`, io.out);
        return result;
      } catch (error) {
        const reason = error instanceof FetchError ? error.reason : (error as Error).message;
        bar.line(printable(`rknews: failed: ${url}: ${reason}`) + '\n');
        return { url, status: 'failed', id: null, path: null, error: reason };
      } finally {
        done++;
        progress();
      }
    }),
  );
  bar.end();
  if (json) writeJson(io, results);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
