// rknews stories names each article by headline, outlet and date, and folds copies into the article they copy.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/corpus';
import { runCli, runCliJson } from '../helpers/cli';

interface StoryJson {
  id: string;
  title: string;
  articles: string[];
  members: { id: string; headline: string; outlet: string | null; date: string | null; duplicates: { id: string; kind: string; similarity: number }[] }[];
}

/** The seeds, and 000 once more under another name. */
function seedsWithCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rknews-stories-'));
  for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  copyFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((n) => n.startsWith('000'))!), join(dir, 'copy-of-000.txt'));
  return dir;
}

describe('rknews stories', () => {
  const dir = seedsWithCopy();

  it('--json gives each member its headline, outlet and date, with the copy folded into 000', () => {
    const stories = runCliJson<StoryJson[]>(['stories', '-c', dir]);
    const summit = stories.find((s) => s.articles.some((id) => id.startsWith('000')))!;
    const ids = summit.members.map((m) => m.id.slice(0, 3));
    expect(ids).toEqual(expect.arrayContaining(['000', '001', '002']));
    expect(ids).not.toContain('cop');
    expect(summit.articles).toContain('copy-of-000');
    const m000 = summit.members.find((m) => m.id.startsWith('000'))!;
    expect(m000.duplicates).toEqual([{ id: 'copy-of-000', kind: 'identical', similarity: 1 }]);
    expect(m000.headline).toMatch(/^North Korean leader Kim Jong-un/);
    expect(m000.outlet).toBe('Yonhap');
    expect(m000.date).toBe('2023-09-14');
  });

  it('prints headline, outlet and date of each article, and says which is a copy', () => {
    const r = runCli(['stories', '-c', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/000_677e1879f3b22663 {2}North Korean leader Kim Jong-un has invited.* \(Yonhap, 2023-09-14\)/);
    expect(r.stdout).toMatch(/copy-of-000: identical to 000_677e1879f3b22663/);
  });
});
