// R in the reader: fetch every feed into the library while reading goes on. Progress goes to the
// title bar, the outcome to the status line, and the shell reloads the articles when any arrived.
import { readFeeds } from '../../../feeds/subscriptions';
import type { LibraryPaths } from '../../../library/paths';
import { plural } from '../../shared/text/plural';

export interface RefreshCallbacks {
  /** Title-bar text while fetching; null when done. */
  status(text: string | null): void;
  /** A message for the status line. */
  notice(text: string): void;
  /** The fetch is over: its summary, and whether articles were added or changed (then the library is loaded again). */
  done(summary: string, changed: boolean): void;
}

/** A fetch function for R; a second R while one runs is told so. */
export function libraryRefresher(paths: LibraryPaths, on: RefreshCallbacks): () => void {
  let running = false;
  return () => {
    if (running) return on.notice('already fetching feeds');
    let feeds;
    try {
      feeds = readFeeds(paths.feeds);
    } catch (error) {
      return on.notice((error as Error).message);
    }
    if (feeds.length === 0) return on.notice('no feeds yet: rknews feeds add URL, or rknews feeds import FILE.opml');
    running = true;
    // Fetching and HTML extraction load on the first R, not with the reader.
    Promise.all([import('../../../feeds/update'), import('../../../net/fetcher')])
      .then(([{ updateAllFeeds }, { createFetcher }]) =>
        updateAllFeeds(paths, {
          fetch: createFetcher(),
          onProgress: (p) => on.status(`fetching ${p.feedsDone}/${p.feedsTotal} feeds · ${plural(p.added, 'new article')}`),
        }),
      )
      .then((reports) => {
        const added = reports.reduce((n, r) => n + r.added, 0);
        const updated = reports.reduce((n, r) => n + r.updated, 0);
        const failed = reports.filter((r) => r.status === 'failed');
        const failure = failed.length === 1 ? `, 1 failed: ${failed[0].error}` : failed.length > 1 ? `, ${failed.length} failed` : '';
        on.status(null);
        on.done(`${plural(reports.length, 'feed')}, ${plural(added, 'new article')}${failure}`, added + updated > 0);
      })
      .catch((error: unknown) => {
        on.status(null);
        on.notice(`fetching failed: ${(error as Error).message}`);
      })
      .finally(() => {
        running = false;
      });
  };
}
