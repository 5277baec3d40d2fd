// `rknews feeds add|list|remove|import|export`: the subscription list.
import { readFileSync } from 'node:fs';
import { parseSubscriptions, renderOpml, SubscriptionsFormatError } from '../../feeds/opml';
import { addFeeds, readFeeds, removeFeed } from '../../feeds/subscriptions';
import type { LibraryPaths } from '../../library/paths';
import { checkWebUrl } from '../../net/fetch';
import { FetchError } from '../../net/errors';
import { formatTable, writeJson, type Output } from '../output';

export const FEEDS_SUBCOMMANDS: Record<string, { args: string; min: number; max: number }> = {
  add: { args: 'URL...', min: 1, max: Infinity },
  list: { args: '', min: 0, max: 0 },
  remove: { args: 'URL|N', min: 1, max: 1 },
  import: { args: 'FILE', min: 1, max: 1 },
  export: { args: '', min: 0, max: 0 },
};

function reportAdded(added: number, offered: number, json: boolean, io: Output): void {
  if (json) writeJson(io, { added, already: offered - added });
  else io.out(`${added} feed${added === 1 ? '' : 's'} added${offered > added ? `, ${offered - added} already subscribed` : ''}\n`);
}

export function runFeeds(positionals: string[], paths: LibraryPaths, json: boolean, io: Output): number {
  const [sub, ...args] = positionals;
  try {
    switch (sub) {
      case 'add': {
        for (const url of args) checkWebUrl(url);
        reportAdded(addFeeds(paths.feeds, args.map((url) => ({ url }))).length, args.length, json, io);
        return 0;
      }
      case 'import': {
        let text: string;
        try {
          text = readFileSync(args[0], 'utf8');
        } catch (error) {
          io.err(`rknews: cannot read ${args[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
          return 1;
        }
        const subs = parseSubscriptions(text);
        reportAdded(addFeeds(paths.feeds, subs).length, subs.length, json, io);
        return 0;
      }
      case 'remove': {
        const removed = removeFeed(paths.feeds, args[0]);
        if (!removed) {
          io.err(`rknews: no subscription '${args[0]}' (see rknews feeds list)\n`);
          return 1;
        }
        if (json) writeJson(io, { removed: removed.url });
        else io.out(`removed ${removed.url}\n`);
        return 0;
      }
      case 'export':
        io.out(renderOpml(readFeeds(paths.feeds)));
        return 0;
      case 'list': {
        const feeds = readFeeds(paths.feeds);
        if (json) {
          writeJson(io, feeds.map((f) => ({ url: f.url, title: f.title ?? null, fetchedAt: f.fetchedAt ?? null, error: f.error ?? null })));
        } else if (feeds.length === 0) {
          io.out('no feeds yet: rknews feeds add URL, or rknews feeds import FILE.opml\n');
        } else {
          const rows = feeds.map((f, i) => [String(i + 1), f.fetchedAt?.slice(0, 16).replace('T', ' ') ?? 'never', f.error ? `failed: ${f.error}` : 'ok', `${f.title ? `${f.title} ` : ''}${f.url}`]);
          io.out(formatTable(io, ['N', 'FETCHED', 'STATUS', 'FEED'], rows));
        }
        return 0;
      }
      default:
        throw new Error(`feeds ${sub} has no implementation`);
    }
  } catch (error) {
    if (error instanceof FetchError || error instanceof SubscriptionsFormatError) {
      io.err(`rknews: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
