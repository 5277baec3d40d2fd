// `rknews fetch`: update every feed, with a progress bar on the terminal, one line per problem
// and a closing summary.
import { readFeeds } from '../../feeds/subscriptions';
import { updateAllFeeds } from '../../feeds/update';
import type { LibraryPaths } from '../../library/paths';
import { printable } from '../../corpus/sanitize';
import { createFetcher } from '../../net/fetcher';
import type { NetOptions } from '../../net/types';
import { writeJson, type Output } from '../output';
import type { ProgressBar } from '../progressBar';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runFetch(paths: LibraryPaths, net: NetOptions, json: boolean, io: Output, bar: ProgressBar): Promise<number> {
  if (readFeeds(paths.feeds).length === 0) {
    io.err('rknews: no feeds to fetch: rknews feeds add URL, or rknews feeds import FILE.opml\n');
    return 1;
  }
  const reports = await updateAllFeeds(paths, {
    fetch: createFetcher(net),
    onProgress: (p) => bar.update(p.feedsDone, p.feedsTotal, `${p.feedsDone}/${p.feedsTotal} feeds · ${plural(p.added, 'new article')}`),
    onProblem: (p) => bar.line(printable(`rknews: failed: ${p.url}: ${p.reason}`) + '\n'),
  });
  bar.end();
  const added = reports.reduce((n, r) => n + r.added, 0);
  const updated = reports.reduce((n, r) => n + r.updated, 0);
  const failedFeeds = reports.filter((r) => r.status === 'failed');
  const failedItems = reports.reduce((n, r) => n + r.problems.length, 0) - failedFeeds.length;
  if (json) {
    writeJson(io, { feeds: reports, added, updated, failed: failedFeeds.length });
  } else {
    const parts = [plural(reports.length, 'feed'), plural(added, 'new article')];
    if (updated > 0) parts.push(`${updated} updated`);
    if (failedFeeds.length === 1) parts.push(`1 failed: ${failedFeeds[0].error}`);
    else if (failedFeeds.length > 1) parts.push(`${failedFeeds.length} failed`);
    if (failedItems > 0) parts.push(`${plural(failedItems, 'article')} not fetched`);
    io.out(`${parts.join(', ')}\n`);
  }
  return failedFeeds.length > 0 || failedItems > 0 ? 1 : 0;
}
