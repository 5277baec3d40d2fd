// A web address to a library article: fetch the page, extract its text and metadata.
import { extractPage } from '../extract/page';
import { ExtractError } from '../extract/types';
import { failingAsFetch, FetchError } from '../net/errors';
import type { Fetch } from '../net/fetcher';
import type { LibraryArticle } from './articleFile';

/** Fetches and extracts the article at `url`; a failure is a FetchError naming the URL and the reason. */
export async function fetchArticle(fetch: Fetch, url: string, signal?: AbortSignal): Promise<LibraryArticle> {
  const page = await fetch(url, 'html', {}, signal);
  if (page.status !== 'ok') throw new FetchError(url, 'the server answered 304 to an unconditional request');
  const { meta, paragraphs } = failingAsFetch(url, ExtractError, () => extractPage(page.text, page.url));
  return { meta, paragraphs, fetchedUrl: page.url };
}
