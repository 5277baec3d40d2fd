import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import type { SpeakerPickerProps } from '../../../../src/ui/features/quotes/SpeakerPicker';
import { afterEach, describe, expect, it } from 'vitest';
import { SpeakerPicker } from '../../../../src/ui/features/quotes/SpeakerPicker';
import { featureData } from '../fixtures';
import { until } from '../../helpers';

afterEach(() => cleanup());

/** The picker floats over the frame (absolute position): give it a screen to float over. */
const onScreen = (props: SpeakerPickerProps) => (
  <Box width={80} height={24}>
    <SpeakerPicker {...props} />
  </Box>
);

describe('SpeakerPicker (ink-select-input)', () => {
  const data = featureData();

  it('lists all speakers first, then speakers by number of quotes, in a box of fixed width', () => {
    const { lastFrame } = render(onScreen({ data, current: null, cols: 80, rows: 24, colour: false, onChoose: () => {} }));
    const lines = lastFrame()!.split('\n');
    expect(lines.find((l) => l.includes('❯'))).toContain('All speakers (3)');
    expect(lastFrame()).toContain('Ada Brook (2)');
    // Unattributed quotes have no speaker to choose.
    expect(lastFrame()).not.toContain('unattributed');
    const widths = new Set(lines.filter((l) => l.trim()).map((l) => l.trimStart().length));
    expect(widths.size).toBe(1);
  });

  it('starts on the current speaker and reports the choice (a digit picks by position)', async () => {
    const chosen: (string | null)[] = [];
    const { stdin, lastFrame } = render(
      onScreen({ data, current: 'person:ada-brook', cols: 80, rows: 24, colour: false, onChoose: (s) => chosen.push(s) }),
    );
    expect(lastFrame()!.split('\n').find((l) => l.includes('❯'))).toContain('Ada Brook');
    // Digits choose at once (an ink-select-input binding). The picker listens from an effect
    // after its first render, so the key is repeated until it is heard.
    await until(() => {
      if (chosen.length === 0) stdin.write('1');
      expect(chosen.length).toBeGreaterThan(0);
    });
    expect(chosen[0]).toBeNull();
  });
});
