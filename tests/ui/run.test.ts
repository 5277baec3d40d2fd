import { describe, expect, it } from 'vitest';
import { colourWanted, NO_TERMINAL_MESSAGE, runTui } from '../../src/ui/run';
import { sampleCorpus } from './fixtures';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream & NodeJS.ReadStream;
  return { stream, written };
}

describe('runTui without a terminal', () => {
  it('does not start when stdout is not a TTY: one line suggesting `rknews list`, exit code 1', async () => {
    const stdin = fakeStream(true);
    const stdout = fakeStream(false);
    const stderr = fakeStream(false);
    const code = await runTui({ corpus: sampleCorpus(), stdin: stdin.stream, stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(1);
    expect(stdout.written).toEqual([]);
    expect(stderr.written.join('')).toBe(NO_TERMINAL_MESSAGE);
    expect(NO_TERMINAL_MESSAGE).toContain('rknews list');
    expect(NO_TERMINAL_MESSAGE.trim().split('\n')).toHaveLength(1);
  });

  it('does not start when stdin is not a TTY', async () => {
    const stderr = fakeStream(false);
    const code = await runTui({ corpus: sampleCorpus(), stdin: fakeStream(false).stream, stdout: fakeStream(true).stream, stderr: stderr.stream });
    expect(code).toBe(1);
    expect(stderr.written.join('')).toContain('rknews list');
  });
});

describe('colourWanted', () => {
  it('follows NO_COLOR: any non-empty value turns colour off', () => {
    expect(colourWanted({})).toBe(true);
    expect(colourWanted({ NO_COLOR: '' })).toBe(true);
    expect(colourWanted({ NO_COLOR: '1' })).toBe(false);
  });
});
