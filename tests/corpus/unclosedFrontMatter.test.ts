// A front matter block opened with `---` and never closed is body text, and never the headline
// (issue 10, minor: the derived headline read "--- title: … source: …").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus';

function load(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-fm-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return new Map(loadCorpus([dir]).articles.map((a) => [a.id, a]));
}

describe('unclosed front matter', () => {
  const byId = load({
    'open.txt': '---\ntitle: Summit in Vladivostok\nsource: Yonhap\n\nKim Jong Un met Vladimir Putin on Wednesday. They talked.\n',
    'inline.txt': '---\ntitle: Inline\nKim met Putin. Then more.\n',
    'rule.txt': '---\n\nA rule opens this text, then a sentence. Then more.\n',
    'ruled.txt': '---\nSummit\n---\nBody text. More.\n',
  });

  it('keeps the block in the body but takes the headline from the text after it', () => {
    const a = byId.get('open')!;
    expect(a.headline).toEqual({ value: 'Kim Jong Un met Vladimir Putin on Wednesday.', from: 'derived' });
    expect(a.text.slice(a.body.start, a.body.end)).toMatch(/^---\ntitle: Summit/);
    expect(a.outlet.value).toBeNull();
    expect(byId.get('inline')!.headline.value).toBe('Kim met Putin.');
  });

  it('never makes a rule line part of a derived headline', () => {
    expect(byId.get('rule')!.headline.value).toBe('A rule opens this text, then a sentence.');
    expect(byId.get('ruled')!.headline.value).not.toContain('---');
    for (const a of byId.values()) expect(a.headline.value).not.toMatch(/---|title:/);
  });
});
