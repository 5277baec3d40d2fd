// The reader on articles far larger than news: a 5,000,000-character line without blanks is cut
// to the width with its offsets intact, and an article analysed in part says so in its header.
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../../src/analysis/blocks';
import { displayWidth } from '../../../src/ui/shared/text/wrap';
import { readerDocument } from '../../../src/ui/shared/articleDocument';
import { readerLines } from '../../../src/ui/features/reader/view';
import { articleFromText, seedArticle } from '../../helpers/corpus';

const textOf = (l: { text: string }[]) => l.map((s) => s.text).join('');

describe('reader on very large articles', () => {
  it('cuts a 5,000,000-character line into lines of the width whose spans cover it in order', () => {
    const run = 'abcdefghijklmnopqrstuvwxyz'.repeat(192_308).slice(0, 5_000_000);
    const a = articleFromText(`A headline\n\n${run}\n`);
    const doc = readerDocument(a, 78);
    const body = doc.flatMap((l) => (l.role === 'body' ? [l.span] : []));
    expect(body).toHaveLength(Math.ceil(5_000_000 / 78));
    let at = a.body.start;
    for (const span of body) {
      expect(span.start).toBe(at);
      expect(span.end - span.start).toBeLessThanOrEqual(78);
      at = span.end;
    }
    expect(at).toBe(a.body.end);
    const screen = readerLines({ article: a, top: 30_000, rect: { top: 0, left: 0, width: 80, height: 20 } });
    for (const line of screen) expect(displayWidth(textOf(line))).toBe(80);
  });

  it('says in the header that an article was analysed in part, and not for an ordinary one', () => {
    const meta = (doc: ReturnType<typeof readerDocument>) =>
      doc.flatMap((l) => (l.role === 'meta' ? [textOf(l.parts)] : [])).join(' ');
    const long = articleFromText(`A long one\n\n${'Ana Rivas spoke. '.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.5) / 17))}\n`);
    expect(meta(readerDocument(long, 100))).toMatch(/analysed in part: first [\d,]+ of [\d,]+ characters/);
    expect(meta(readerDocument(seedArticle('002'), 100))).not.toContain('analysed in part');
  });
});
