// `fetch`: bring every feed up to date. Each feed is asked with its validators (a 304 costs
// nothing); each new or changed item becomes an article, from the feed's own content when it
// carries the full text, else from its page. What each feed saw is saved as soon as that feed is
// done, and only for items that were stored, so a run killed midway resumes where it stopped.
import { MIN_ARTICLE_WORDS, wordCount } from '../extract/page';
import { FETCHED_URL } from '../extract/pageMeta';
import { paragraphsOfHtml } from '../extract/paragraphs';
import type { ArticleMeta } from '../extract/types';
import { failingAsFetch, FetchError } from '../net/errors';
import type { Fetch } from '../net/fetcher';
import type { LibraryArticle } from '../library/articleFile';
import { fetchArticle } from '../library/ingest';
import type { LibraryPaths } from '../library/paths';
import { ArticleStore } from '../library/store';
import { FeedParseError, parseFeedText, type FeedItem } from './parse';
import { feedKey, readFeeds, updateFeeds, type Feed } from './subscriptions';

export interface FetchProblem {
  url: string;
  reason: string;
}

export interface FeedReport {
  url: string;
  title?: string;
  status: 'updated' | 'not-modified' | 'failed';
  added: number;
  updated: number;
  error?: string;
  problems: FetchProblem[];
}

export interface Progress {
  feedsDone: number;
  feedsTotal: number;
  added: number;
}

export interface UpdateOptions {
  fetch: Fetch;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  onProblem?: (p: FetchProblem) => void;
  now?: () => Date;
}

/** The feed's own metadata for an item; the page's, when fetched, is preferred field by field. */
function itemMeta(item: FeedItem, feedTitle: string | undefined): ArticleMeta {
  return {
    ...(item.title ? { headline: { value: item.title, from: 'feed item title' } } : {}),
    ...(feedTitle ? { outlet: { value: feedTitle, from: 'feed title' } } : {}),
    ...(item.date ? { date: { value: item.date, from: 'feed item date' } } : {}),
    ...(item.author ? { author: { value: item.author, from: 'feed item author' } } : {}),
    ...(item.link ? { url: { value: item.link, from: 'feed item link' } } : {}),
  };
}

/** The article an item stands for: the feed's full text, else the linked page's. */
async function articleFor(item: FeedItem, feed: Feed, outlet: string | undefined, opts: UpdateOptions): Promise<LibraryArticle> {
  const meta = itemMeta(item, outlet);
  const fromFeed = paragraphsOfHtml(item.content ?? '');
  if (wordCount(fromFeed) >= MIN_ARTICLE_WORDS || !item.link) {
    const paragraphs = fromFeed.length > 0 ? fromFeed : paragraphsOfHtml(item.summary ?? '');
    if (wordCount(paragraphs) === 0) throw new FetchError(item.key, 'the item has neither text nor a link');
    return { meta, paragraphs, ...(item.link ? { fetchedUrl: item.link } : {}), feed: feed.url };
  }
  const page = await fetchArticle(opts.fetch, item.link, opts.signal);
  // The page's statements win; the address it was fetched from does not outrank the feed's link.
  const pageUrl = page.meta.url?.from === FETCHED_URL && meta.url ? meta.url : page.meta.url;
  return { ...page, meta: { ...meta, ...page.meta, url: pageUrl }, feed: feed.url };
}

async function updateFeed(feed: Feed, store: ArticleStore, paths: LibraryPaths, opts: UpdateOptions, onAdded: () => void): Promise<FeedReport> {
  const report: FeedReport = { url: feed.url, title: feed.title, status: 'updated', added: 0, updated: 0, problems: [] };
  const now = opts.now ?? (() => new Date());
  const save = (change: (f: Feed) => void) =>
    updateFeeds(paths.feeds, (feeds) => {
      const current = feeds.find((f) => feedKey(f.url) === feedKey(feed.url));
      if (current) change(current); // removed meanwhile: nothing to record
    });
  try {
    const response = await opts.fetch(feed.url, 'feed', { etag: feed.etag, lastModified: feed.lastModified }, opts.signal);
    if (response.status === 'not-modified') {
      save((f) => {
        f.fetchedAt = now().toISOString();
        delete f.error;
      });
      return { ...report, status: 'not-modified' };
    }
    const parsed = failingAsFetch(feed.url, FeedParseError, () => parseFeedText(response.text, response.url));
    const title = feed.title ?? parsed.title;
    // The outlet is what the feed says it is, not the name a subscription list gave it.
    const outlet = parsed.title;
    const seen = feed.items ?? {};
    const stored: Record<string, string> = {};
    const fresh = parsed.items.filter((item) => seen[item.key] !== item.fingerprint);
    await Promise.all(
      fresh.map(async (item) => {
        try {
          const result = store.save(await articleFor(item, feed, outlet, opts), now());
          if (result.status === 'added') {
            report.added++;
            onAdded();
          } else if (result.status === 'updated') report.updated++;
          stored[item.key] = item.fingerprint;
        } catch (error) {
          const problem = error instanceof FetchError ? { url: error.url, reason: error.reason } : { url: item.link ?? feed.url, reason: (error as Error).message };
          report.problems.push(problem);
          opts.onProblem?.(problem);
        }
      }),
    );
    // Items gone from the feed are forgotten; an item that failed keeps no fingerprint and is tried next time.
    const keys = new Set(parsed.items.map((i) => i.key));
    save((f) => {
      f.items = Object.fromEntries(Object.entries({ ...(f.items ?? {}), ...stored }).filter(([k]) => keys.has(k)));
      if (!f.title && parsed.title) f.title = parsed.title;
      // Validators are kept only when every item made it, else the next fetch's 304 would hide the failed ones.
      f.etag = report.problems.length === 0 ? response.validators.etag : undefined;
      f.lastModified = report.problems.length === 0 ? response.validators.lastModified : undefined;
      f.fetchedAt = now().toISOString();
      delete f.error;
    });
    return { ...report, title };
  } catch (error) {
    const reason = error instanceof FetchError ? error.reason : (error as Error).message;
    save((f) => {
      f.fetchedAt = now().toISOString();
      f.error = reason;
    });
    const problem = { url: feed.url, reason };
    opts.onProblem?.(problem);
    return { ...report, status: 'failed', error: reason, problems: [...report.problems, problem] };
  }
}

/** Updates every subscribed feed into the library; feeds run side by side within the fetcher's limits. */
export async function updateAllFeeds(paths: LibraryPaths, opts: UpdateOptions): Promise<FeedReport[]> {
  const feeds = readFeeds(paths.feeds);
  const store = new ArticleStore(paths.articles);
  const progress: Progress = { feedsDone: 0, feedsTotal: feeds.length, added: 0 };
  opts.onProgress?.({ ...progress });
  return Promise.all(
    feeds.map(async (feed) => {
      const report = await updateFeed(feed, store, paths, opts, () => {
        progress.added++;
        opts.onProgress?.({ ...progress });
      });
      progress.feedsDone++;
      opts.onProgress?.({ ...progress });
      return report;
    }),
  );
}
