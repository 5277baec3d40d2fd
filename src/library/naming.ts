// File names for articles: outlet, date and a slug of the headline, readable in `ls` and as ids.

const MAX_SLUG = 60;

/** Lower-case words joined by hyphens; letters of any script kept, accents dropped. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * `outlet-2023-09-14-headline-words`. Without a stated outlet the host name stands in (it names
 * where the file came from, it is not written into the metadata); without a date, `undated`.
 */
export function articleBaseName(opts: { outlet?: string; date?: string; headline?: string; url: string }): string {
  let host = '';
  try {
    host = new URL(opts.url).hostname.replace(/^www\./, '');
  } catch {
    // An unparsable URL leaves the host part empty.
  }
  const source = slugify(opts.outlet ?? '', 30) || slugify(host, 30) || 'web';
  const title = slugify(opts.headline ?? '') || 'article';
  return `${source}-${opts.date ?? 'undated'}-${title}`;
}

/** The URL with what does not change the document removed: the fragment and tracking parameters. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) {
      if (/^(?:utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(name)) u.searchParams.delete(name);
    }
    return u.href;
  } catch {
    return url;
  }
}
