import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page';
import { paragraphsOfHtml } from '../../src/extract/paragraphs';
import { AD_TEXT, NAV_TEXT, newsPage, paywallPage, SCRIPT_TEXT, storyParagraphs } from '../helpers/webPages';

const spec = {
  headline: 'Harbour bridge reopens after two years',
  outlet: 'The Coastal Herald',
  date: '2024-03-05',
  author: 'Ada Lovelace',
  url: 'http://127.0.0.1:9/news/harbour-bridge',
  paragraphs: storyParagraphs('the harbour bridge'),
};

describe('extracting a page', () => {
  for (const jsonLd of [true, false]) {
    it(`reads the metadata ${jsonLd ? 'from JSON-LD' : 'from Open Graph and <meta>'} and keeps only the article's paragraphs`, () => {
      const { meta, paragraphs } = extractPage(newsPage({ ...spec, jsonLd }), 'http://127.0.0.1:9/a?utm_source=x');
      expect(meta.headline?.value).toBe(spec.headline);
      expect(meta.outlet?.value).toBe(spec.outlet);
      expect(meta.date?.value).toBe(spec.date);
      expect(meta.author?.value).toBe(spec.author);
      expect(meta.url?.value).toBe(spec.url);
      expect(meta.headline?.from).toBe(jsonLd ? 'JSON-LD headline' : 'og:title');
      expect(meta.url?.from).toBe(jsonLd ? 'JSON-LD url' : '<link rel=canonical>');
      expect(paragraphs.filter((p) => p.startsWith('Paragraph'))).toEqual(spec.paragraphs);
      const all = paragraphs.join('\n');
      for (const junk of [NAV_TEXT.split(' ')[1], AD_TEXT, SCRIPT_TEXT, 'Most read', 'All rights reserved']) expect(all).not.toContain(junk);
    });
  }

  it('states no metadata the page does not give', () => {
    const bare = `<html><body><article>${spec.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { meta } = extractPage(bare, 'http://127.0.0.1:9/bare');
    expect(meta).toEqual({ url: { value: 'http://127.0.0.1:9/bare', from: 'fetched URL' } });
  });

  it('refuses a paywall stub', () => {
    expect(() => extractPage(paywallPage('Council meets'), 'http://127.0.0.1:9/p')).toThrow(/paywall, a teaser or a stub/);
  });

  it('removes escape sequences from the text', () => {
    const evil = newsPage({ ...spec, headline: 'Evil\x1b]0;owned\x07 headline', paragraphs: spec.paragraphs.map((p) => `\x1b[31m${p}`) });
    const { meta, paragraphs } = extractPage(evil, 'http://127.0.0.1:9/e');
    expect(meta.headline?.value).toBe('Evil headline');
    expect(paragraphs.join('')).not.toContain('\x1b');
  });
});

describe('paragraphs of an HTML fragment', () => {
  it('reads block elements in order, nested blocks once, and splits plain text at blank lines', () => {
    expect(paragraphsOfHtml('<h2>Sub</h2><p>One <b>bold</b>\n word.</p><blockquote><p>Quoted.</p></blockquote><ul><li>Item</li></ul>')).toEqual(['Sub', 'One bold word.', 'Quoted.', 'Item']);
    expect(paragraphsOfHtml('First line.\n\nSecond   line.')).toEqual(['First line.', 'Second line.']);
  });
});
