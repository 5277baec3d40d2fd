import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { createNotices } from '../../src/ui/notices';
import { initialState } from '../../src/ui/state';
import { sampleCorpus } from './fixtures';
import { press, until } from './helpers';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

describe('notices from outside the App (a save that failed)', () => {
  it('appear on the status line when they happen, until the next key', async () => {
    const notices = createNotices();
    const { stdin, lastFrame } = render(<App corpus={sampleCorpus()} size={{ cols: 100, rows: 30 }} initial={initialState()} notices={notices} />);
    await until(() => expect(lastFrame()).toContain('Enter open'));
    notices.emit('could not save the reading state: EACCES');
    await until(() => expect(lastFrame()!.split('\n').at(-1)).toContain('could not save the reading state: EACCES'));
    await press(stdin, 'j');
    await until(() => expect(lastFrame()).not.toContain('could not save'));
  });

  it('include a search index the reader could not save, made safe for the terminal', async () => {
    // A cache "folder" that is a file, its name holding an escape sequence: the save fails, naming it.
    const cache = join(mkdtempSync(join(tmpdir(), 'rknews-notice-')), 'cache\u001b[2J');
    writeFileSync(cache, '');
    vi.stubEnv('XDG_CACHE_HOME', cache);
    const { lastFrame } = render(<App corpus={sampleCorpus()} size={{ cols: 200, rows: 30 }} initial={initialState()} />);
    await until(() => expect(lastFrame()!.split('\n').at(-1)).toContain('could not save the search index'), 5000);
    expect(lastFrame()).not.toContain('\u001b[2J');
  });

});
