import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus';
import type { LibraryArticle } from '../../src/library/articleFile';
import { ArticleStore } from '../../src/library/store';

const article = (over: Partial<LibraryArticle> = {}): LibraryArticle => ({
  meta: {
    headline: { value: 'Bridge "reopens" \\ at last', from: 'JSON-LD headline' },
    outlet: { value: 'The Coastal Herald', from: 'og:site_name' },
    date: { value: '2024-03-05', from: 'JSON-LD datePublished' },
    author: { value: 'Ada Lovelace', from: 'JSON-LD author' },
    url: { value: 'http://127.0.0.1:9/bridge', from: 'JSON-LD url' },
  },
  paragraphs: ['The bridge reopened on Tuesday.', 'Residents welcomed it.'],
  fetchedUrl: 'http://127.0.0.1:9/bridge?utm_source=feed',
  ...over,
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'rknews-lib-'));

describe('the article store', () => {
  it('saves a file the corpus loader reads with every field explicit', () => {
    const dir = tempDir();
    const saved = new ArticleStore(dir).save(article());
    expect(saved.status).toBe('added');
    expect(saved.path).toBe(join(dir, 'the-coastal-herald-2024-03-05-bridge-reopens-at-last.md'));
    const [a] = loadCorpus([dir]).articles;
    expect(a.headline).toEqual({ value: 'Bridge "reopens" \\ at last', from: 'explicit' });
    expect(a.outlet).toEqual({ value: 'The Coastal Herald', from: 'explicit' });
    expect(a.date).toEqual({ value: '2024-03-05', from: 'explicit' });
    expect(a.author).toBe('Ada Lovelace');
    expect(a.url).toBe('http://127.0.0.1:9/bridge');
    expect(a.text.trimEnd()).toBe('The bridge reopened on Tuesday.\n\nResidents welcomed it.');
    expect(readFileSync(saved.path, 'utf8')).toContain('title-from: "JSON-LD headline"');
  });

  it('keeps one article for the same URL or the same text, and replaces a changed text', () => {
    const dir = tempDir();
    const store = new ArticleStore(dir);
    store.save(article());
    expect(store.save(article({ fetchedUrl: 'http://127.0.0.1:9/bridge#top' })).status).toBe('unchanged');
    const sameText = article({ fetchedUrl: 'http://127.0.0.1:9/elsewhere' });
    sameText.meta = { ...sameText.meta, url: { value: 'http://127.0.0.1:9/elsewhere', from: 'fetched URL' } };
    expect(store.save(sameText).status).toBe('duplicate');
    // Another process (a new store) sees what the first saved.
    const other = new ArticleStore(dir);
    expect(other.save(article({ paragraphs: ['The bridge reopened on Tuesday, a day late.'] })).status).toBe('updated');
    expect(readdirSync(dir).filter((n) => n.endsWith('.md'))).toHaveLength(1);
    expect(loadCorpus([dir]).articles[0].text.trimEnd()).toBe('The bridge reopened on Tuesday, a day late.');
  });

  it('gives different articles with the same name numbered files', () => {
    const dir = tempDir();
    const store = new ArticleStore(dir);
    store.save(article());
    const second = article({ paragraphs: ['Another story entirely.'], fetchedUrl: 'http://127.0.0.1:9/other' });
    second.meta = { ...second.meta, url: { value: 'http://127.0.0.1:9/other', from: 'fetched URL' } };
    expect(store.save(second).path).toMatch(/-at-last-2\.md$/);
  });

  it('tells link-less feed items apart by their text', () => {
    const dir = tempDir();
    const store = new ArticleStore(dir);
    const note = (text: string): LibraryArticle => ({ meta: { headline: { value: 'Note', from: 'feed item title' } }, paragraphs: [text], feed: 'http://127.0.0.1:9/feed' });
    expect(store.save(note('First note.')).status).toBe('added');
    expect(store.save(note('Second note.')).status).toBe('added');
    expect(store.save(note('First note.')).status).toBe('duplicate');
    expect(readdirSync(dir).filter((n) => n.endsWith('.md')).sort()).toEqual(['127-0-0-1-undated-note-2.md', '127-0-0-1-undated-note.md']);
  });

  it('removes temporary files a killed write left, and only those', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.x.md.999999999.1.tmp'), 'half');
    writeFileSync(join(dir, `.y.md.${process.pid}.${Date.now()}.tmp`), 'in progress');
    new ArticleStore(dir);
    expect(readdirSync(dir)).toEqual([`.y.md.${process.pid}.${readdirSync(dir)[0].split('.')[4]}.tmp`]);
  });
});
