import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { SEEDS_DIR } from '../helpers/corpus';

const fresh = () => mkdtempSync(join(tmpdir(), 'rknews-bad-'));

describe('rknews on hostile and broken input (built binary)', () => {
  it('show prints none of the escape sequences a file holds, and keeps the text around them', () => {
    const dir = fresh();
    const file = join(dir, 'evil.txt');
    const text =
      'Evil headline\n\nBefore title \x1b]0;pwned\x07after title. Clear \x1b[2Jscreen. ' +
      'Eight-bit \xc2\x9b31mCSI. Clip \x1b]52;c;aGVsbG8=\x07board. Device \x1bPq#0;1;2\x1b\\control. End.\n';
    writeFileSync(file, Buffer.from(text, 'latin1'));
    for (const args of [['show', 'evil', '-c', file], ['show', 'evil', '-c', file, '--json']]) {
      const r = runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x1b\x07\x90-\x9f]/);
      expect(r.stdout).not.toMatch(/pwned|aGVsbG8|q#0/);
      for (const kept of ['Before title', 'after title.', 'Clear', 'screen.', 'CSI.', 'board.', 'control. End.']) expect(r.stdout).toContain(kept);
    }
  });

  it('loads what it can from a messy folder and names what it skipped', () => {
    const dir = fresh();
    for (const f of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'wire.jsonl'), '{"id":"w1","title":"Good","body":"A good record."}\n{"id":"w2", broken\n');
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'again'));
    const r = runCli(['list', '--json', '-c', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(6);
    expect(r.stderr).toMatch(/image\.txt: binary file/);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/wire\.jsonl#2: malformed JSON/);
  });

  it('exits 1 when nothing is left, naming why', () => {
    const dir = fresh();
    expect(runCli(['list', '-c', join(dir, 'missing')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file or folder[\s\S]*no article could be loaded/) });
    const r = runCli(['list', '-c', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/folder has no .txt, .md, .jsonl or .json files/);
  });
});
