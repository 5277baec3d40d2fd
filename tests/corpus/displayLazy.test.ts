// The Markdown layout is loaded on demand (the reader awaits it before its first frame): until then
// a Markdown file is laid out as plain text, and that stand-in is never remembered.
import { describe, expect, it } from 'vitest';
import { displayBlocks, layoutFinal, loadMarkdownLayout } from '../../src/corpus/display';
import { parseArticle } from '../../src/corpus/parse';
import { readerDocument } from '../../src/ui/shared/articleDocument';

const md = () => parseArticle({ id: 'md', path: 'notes/md.md', text: 'Notes\n\n## A heading\n\nSome **bold** words.', meta: {} });

describe('the Markdown layout, loaded on demand', () => {
  it('lays a Markdown file out as plain text until loaded, then by its markup, for the same article', async () => {
    const a = md();
    expect(layoutFinal(a)).toBe(false);
    expect(displayBlocks(a).map((b) => b.role)).toEqual(['paragraph', 'paragraph']);
    const plainDoc = readerDocument(a, 60);
    // A corpus without Markdown files does not load it.
    await loadMarkdownLayout([{ path: 'a.txt' }, { path: 'b.json' }]);
    expect(layoutFinal(a)).toBe(false);
    await loadMarkdownLayout([{ path: 'a.txt' }, { path: 'notes/md.MD' }]);
    expect(layoutFinal(a)).toBe(true);
    expect(displayBlocks(a).map((b) => b.role)).toEqual(['heading', 'paragraph']);
    expect(readerDocument(a, 60)).not.toEqual(plainDoc);
    expect(readerDocument(a, 60).some((l) => l.role === 'body' && l.emphasis === 'heading')).toBe(true);
  });

  it('needs no loading for other text', () => {
    expect(layoutFinal({ path: 'seeds/a.txt' })).toBe(true);
  });
});
