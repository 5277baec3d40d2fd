// Only web addresses are followed or stored: a feed, an OPML file or a page cannot point us at
// file:, data: or javascript: URLs.

/** `value` (resolved against `base` when given) as an http(s) URL, or undefined when it is none. */
export function webUrl(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
