import { describe, expect, it, vi } from 'vitest';
import { enterFullScreen, ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, SHOW_CURSOR } from '../../src/ui/terminal';

function fakeTerminal() {
  const out: string[] = [];
  const rawModes: boolean[] = [];
  const stdin = { isTTY: true, setRawMode: (on: boolean) => rawModes.push(on) } as unknown as NodeJS.ReadStream;
  const stdout = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stdin, stdout, out, rawModes };
}

describe('enterFullScreen', () => {
  it('enters the alternate screen in raw mode, and restore leaves it, shows the cursor and turns raw mode off, once', () => {
    const t = fakeTerminal();
    const before = process.listenerCount('SIGTERM');
    const screen = enterFullScreen({ stdin: t.stdin, stdout: t.stdout });
    expect(t.out.join('')).toContain(ENTER_ALT_SCREEN);
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    expect(process.listenerCount('SIGHUP')).toBeGreaterThan(0);
    screen.restore();
    screen.restore();
    const written = t.out.join('');
    expect(written.endsWith(SHOW_CURSOR + LEAVE_ALT_SCREEN)).toBe(true);
    expect(written.split(LEAVE_ALT_SCREEN)).toHaveLength(2);
    expect(t.rawModes).toEqual([true, false]);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe('signals', () => {
  it('SIGHUP stops drawing, restores the terminal, then exits with 128 + 1', () => {
    const t = fakeTerminal();
    const order: string[] = [];
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      order.push(`exit ${code}`);
    }) as never);
    try {
      const screen = enterFullScreen({ stdin: t.stdin, stdout: t.stdout, beforeExit: () => order.push('beforeExit') });
      const write = t.stdout.write;
      t.stdout.write = ((s: string) => (order.push(s.includes(LEAVE_ALT_SCREEN) ? 'restored' : 'other'), write(s))) as never;
      process.emit('SIGHUP', 'SIGHUP');
      expect(order).toEqual(['beforeExit', 'restored', 'exit 129']);
      expect(t.rawModes).toEqual([true, false]);
      screen.restore();
    } finally {
      exit.mockRestore();
    }
  });
});
