import { describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, KEY_GUIDE, KEYMAP, keyName, keyNames, resolveKey, statusHints } from '../../src/ui/keymap';
import type { Context } from '../../src/ui/state';
import { helpDocument } from '../../src/ui/features/help/view';

const contexts = Object.keys(KEYMAP) as Context[];
const text = (line: { text: string }[]) => line.map((s) => s.text).join('');

describe('keyName', () => {
  it('names the keys the issue asks for', () => {
    expect(keyName('', { upArrow: true })).toBe('up');
    expect(keyName('', { pageDown: true })).toBe('pagedown');
    expect(keyName('', { home: true })).toBe('home');
    expect(keyName('', { end: true })).toBe('end');
    expect(keyName('', { tab: true })).toBe('tab');
    expect(keyName('', { tab: true, shift: true })).toBe('shift-tab');
    expect(keyName('', { escape: true })).toBe('escape');
    expect(keyName('\r', { return: true })).toBe('enter');
    expect(keyName('d', { ctrl: true })).toBe('ctrl-d');
    expect(keyName('c', { ctrl: true })).toBe('ctrl-c');
    expect(keyName(' ', {})).toBe('space');
    expect(keyName('G', { shift: true })).toBe('G');
    expect(keyName('', {})).toBeNull();
  });
});

describe('the keymap', () => {
  it('binds the issue keys in list and reader', () => {
    for (const c of ['list', 'reader'] as const) {
      for (const k of ['up', 'down', 'j', 'k', 'pageup', 'pagedown', 'ctrl-u', 'ctrl-d', 'space', 'g', 'G', 'home', 'end', 'tab', 'shift-tab', '?', 'q', 'ctrl-c', 'u']) {
        expect(resolveKey(c, k), `${c} ${k}`).not.toBeNull();
      }
    }
    expect(resolveKey('list', 'enter')).toEqual({ type: 'open' });
    expect(resolveKey('reader', 'escape')).toEqual({ type: 'back' });
    expect(resolveKey('help', 'p')).toEqual({ type: 'showProblems' });
  });

  it('a context key wins over a global one, unknown keys do nothing', () => {
    expect(resolveKey('list', 'x')).toBeNull();
    expect(resolveKey('help', '?')).toEqual({ type: 'toggleHelp' });
  });

  it('status hints come from the table, and help lists every binding', () => {
    const help = helpDocument([], KEY_GUIDE).map(text).join('\n');
    for (const c of contexts) {
      const hints = statusHints(c);
      expect(hints.at(-1)).toEqual({ keys: 'q', hint: 'quit' });
      for (const b of KEYMAP[c]) {
        expect(help).toContain(b.label);
        expect(help).toContain(b.does);
        if (b.hint) expect(hints.map((h) => h.hint)).toContain(b.hint);
      }
    }
    for (const b of GLOBAL_KEYS) expect(help).toContain(b.does);
  });
});

describe('keyNames', () => {
  it('splits keys that arrived together into separate presses', () => {
    expect(keyNames('jjj\r', {})).toEqual(['j', 'j', 'j', 'enter']);
    expect(keyNames('g G', {})).toEqual(['g', 'space', 'G']);
    expect(keyNames('', { pageDown: true })).toEqual(['pagedown']);
    expect(keyNames('', {})).toEqual([]);
  });

  it('names a control character in a burst as Ctrl and its letter, and drops other control characters', () => {
    expect(keyNames('\x15xyz', {})).toEqual(['ctrl-u', 'x', 'y', 'z']);
    expect(keyNames('a\x04\x00\x1bb', {})).toEqual(['a', 'ctrl-d', 'b']);
    expect(resolveKey('search', '\x15')).toBeNull();
  });
});
