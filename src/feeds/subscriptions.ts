// The subscription list and what each feed's last fetch saw, in feeds.json beside the articles.
// Every change is read-merge-write under a lock: two rknews (a `fetch` and a `feeds add`, or two
// fetches) each change only their own feed's entry and never undo the other's.
import * as v from 'valibot';
import { readJsonFile, writeFileAtomic } from '../store/atomicFile';
import { withFileLock } from '../store/lock';

const FeedSchema = v.object({
  url: v.string(),
  title: v.optional(v.string()),
  etag: v.optional(v.string()),
  lastModified: v.optional(v.string()),
  /** ISO time of the last fetch that reached the server, and its failure if it failed. */
  fetchedAt: v.optional(v.string()),
  error: v.optional(v.string()),
  /** Item key → fingerprint of each item already stored: an item is processed again only when it changes. */
  items: v.optional(v.record(v.string(), v.string()), {}),
});

const FeedsFileSchema = v.object({ version: v.literal(1), feeds: v.array(FeedSchema) });

export type Feed = v.InferOutput<typeof FeedSchema>;

export class FeedsFileError extends Error {}

/** The subscriptions; a damaged file is set aside (the error says where) rather than overwritten. */
export function readFeeds(path: string): Feed[] {
  const read = readJsonFile(path, FeedsFileSchema);
  if (read.status === 'missing') return [];
  if (read.status === 'corrupt') {
    throw new FeedsFileError(`${path} is damaged (${read.reason})${read.setAside ? `; set aside as ${read.setAside}` : ''}`);
  }
  return read.value.feeds;
}

/** Applies `change` to the current list under the lock and saves the result; returns it. */
export function updateFeeds<T>(path: string, change: (feeds: Feed[]) => T): T {
  return withFileLock(path, () => {
    const feeds = readFeeds(path);
    const before = JSON.stringify(feeds);
    const result = change(feeds);
    // Unchanged (a remove of nothing, a feed that vanished meanwhile): no write, no file created.
    if (JSON.stringify(feeds) !== before) writeFileAtomic(path, JSON.stringify({ version: 1, feeds }, null, 1) + '\n');
    return result;
  });
}

/** The URL as feeds are compared: parsed and re-serialised, so `HTTP://Host/a` and `http://host/a` are one. */
export function feedKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Adds feeds not yet subscribed (by URL); returns the ones added. */
export function addFeeds(path: string, additions: { url: string; title?: string }[]): Feed[] {
  return updateFeeds(path, (feeds) => {
    const added: Feed[] = [];
    for (const { url, title } of additions) {
      const key = feedKey(url);
      if (feeds.some((f) => feedKey(f.url) === key)) continue;
      const feed: Feed = { url: key, items: {}, ...(title ? { title } : {}) };
      feeds.push(feed);
      added.push(feed);
    }
    return added;
  });
}

/** Removes the feed with this URL or 1-based number in the list; returns it, or null when there is none. */
export function removeFeed(path: string, which: string): Feed | null {
  return updateFeeds(path, (feeds) => {
    const index = /^\d+$/.test(which) ? Number(which) - 1 : feeds.findIndex((f) => feedKey(f.url) === feedKey(which));
    if (index < 0 || index >= feeds.length) return null;
    return feeds.splice(index, 1)[0];
  });
}
