import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { createNotices } from '../../src/ui/notices';
import { initialState } from '../../src/ui/state';
import { sampleCorpus } from './fixtures';
import { press, until } from './helpers';

afterEach(() => cleanup());

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

});
