import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedText } from '../../src/feeds/parse';
import { parseSubscriptions } from '../../src/feeds/opml';
import { atomFeed, jsonFeed, opmlFile, rdfFeed, rssFeed, type FeedItemSpec } from '../helpers/webPages';

const item: FeedItemSpec = { id: 'id-1', title: 'Ferry \x1b[2Jreturns', link: '/ferry', date: '2024-05-02', author: 'Ada Lovelace', content: '<p>Full text.</p>', summary: 'Short.' };
const base = 'http://127.0.0.1:9/feed';

describe('feed formats', () => {
  for (const [format, render] of [['rss', rssFeed], ['atom', atomFeed], ['rdf', rdfFeed], ['json', jsonFeed]] as const) {
    it(`reads ${format}: title, link resolved against the feed, day, author, content, and a stable key`, () => {
      const feed = parseFeedText(render('Harbour Gazette', [item]), base);
      expect(feed.format).toBe(format);
      expect(feed.title).toBe('Harbour Gazette');
      expect(feed.items).toHaveLength(1);
      const [i] = feed.items;
      expect(i).toMatchObject({ title: 'Ferry returns', link: 'http://127.0.0.1:9/ferry', date: '2024-05-02', author: 'Ada Lovelace', content: '<p>Full text.</p>' });
      expect(i.key).toBe(format === 'rdf' ? '/ferry' : 'id-1');
      expect(parseFeedText(render('Harbour Gazette', [{ ...item, title: 'Ferry returns late' }]), base).items[0].fingerprint).not.toBe(i.fingerprint);
    });
  }

  it('names malformed XML and what is not a feed', () => {
    expect(() => parseFeedText('<rss version="2.0"><channel><title>x</ti', base)).toThrow(FeedParseError);
    expect(() => parseFeedText('<html><body>a page</body></html>', base)).toThrow('not a feed (no RSS, Atom, RDF or JSON Feed found)');
  });
});

describe('subscription files', () => {
  it('reads OPML outlines in folders, and newsboat urls lines with their ~titles', () => {
    expect(parseSubscriptions(opmlFile([{ title: 'A', url: 'http://127.0.0.1:9/a' }, { title: 'B', url: 'http://127.0.0.1:9/b' }]))).toEqual([
      { url: 'http://127.0.0.1:9/a', title: 'A' },
      { url: 'http://127.0.0.1:9/b', title: 'B' },
    ]);
    expect(parseSubscriptions('# c\nhttp://127.0.0.1:9/a tag "~My A"\n"query:x:y"\nfile:///etc/passwd\n')).toEqual([{ url: 'http://127.0.0.1:9/a', title: 'My A' }]);
    expect(() => parseSubscriptions('nothing here')).toThrow(/no feed URL found/);
  });
});
