import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progressBar';

describe('the progress bar', () => {
  it('draws in place on a terminal, clears itself for other lines and at the end', () => {
    const out: string[] = [];
    const bar = progressBar((t) => out.push(t), true);
    bar.update(1, 4, '1/4 feeds');
    bar.line('rknews: failed: x\n');
    bar.end();
    expect(out).toEqual([
      '\r\x1b[2K[######------------------] 1/4 feeds',
      '\r\x1b[2K',
      'rknews: failed: x\n',
      '[######------------------] 1/4 feeds',
      '\r\x1b[2K',
    ]);
  });

  it('off a terminal prints only the lines', () => {
    const out: string[] = [];
    const bar = progressBar((t) => out.push(t), false);
    bar.update(1, 4, '1/4 feeds');
    bar.line('a problem\n');
    bar.end();
    expect(out).toEqual(['a problem\n']);
  });
});
