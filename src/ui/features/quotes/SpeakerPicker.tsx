// The speaker picker over the Quotes view: ink-select-input in a bordered box, "All speakers"
// first, then speakers by number of quotes. Items are memoised: the component resets its
// highlight whenever `items` changes identity (DESIGN.md §4).
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import { fitToWidth, displayWidth, truncateToWidth } from '../../text/wrap';
import type { AnalysisData } from '../analysis/data';
import { speakerChoices } from './filter';

export interface SpeakerPickerProps {
  data: AnalysisData;
  /** The speaker chosen now (speakerKey), null for all. */
  current: string | null;
  cols: number;
  rows: number;
  colour: boolean;
  onChoose: (speaker: string | null, name: string | null) => void;
}

interface Choice {
  speaker: string | null;
  name: string | null;
}

/** Pads to exactly `width` columns, so the box hides the frame beneath it. */
const padTo = (text: string, width: number) => {
  const cut = fitToWidth(truncateToWidth(text, width), width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
};

/** Box width and the rows left for items, for a terminal size. */
export function pickerGeometry(cols: number, rows: number): { width: number; limit: number } {
  return { width: Math.max(20, Math.min(60, cols - 8)), limit: Math.max(1, rows - 9) };
}

export function SpeakerPicker({ data, current, cols, rows, colour, onChoose }: SpeakerPickerProps) {
  const { width, limit } = pickerGeometry(cols, rows);
  // Inside the border, after the two-column indicator.
  const labelWidth = width - 4;
  const items = useMemo(
    () => [
      { key: '*', label: padTo(` All speakers (${data.analysis.quotes.length})`, labelWidth), value: { speaker: null, name: null } as Choice },
      ...speakerChoices(data).map((c) => ({
        key: c.key,
        label: padTo(` ${c.name} (${c.quotes})`, labelWidth),
        value: { speaker: c.key, name: c.name } as Choice,
      })),
    ],
    [data, labelWidth],
  );
  const initialIndex = Math.max(0, items.findIndex((i) => i.value.speaker === current));
  return (
    <Box position="absolute" marginTop={2} marginLeft={Math.max(0, Math.floor((cols - width) / 2))} flexDirection="column" borderStyle="round" width={width}>
      <Text bold>{padTo(' Choose a speaker', width - 2)}</Text>
      <Text dimColor>{padTo(' ↑ ↓ Enter choose · Esc cancel', width - 2)}</Text>
      <SelectInput
        items={items}
        initialIndex={initialIndex}
        limit={Math.min(limit, items.length)}
        // Deferred: the App handles the same Enter as a key after this; the choice must come after it.
        onSelect={(item) => setTimeout(() => onChoose(item.value.speaker, item.value.name), 0)}
        indicatorComponent={({ isSelected }) => <Text color={colour ? 'cyan' : undefined}>{isSelected ? '❯ ' : '  '}</Text>}
        itemComponent={({ isSelected, label }) => (
          <Text color={colour && isSelected ? 'cyan' : undefined} bold={isSelected} inverse={isSelected && !colour}>
            {label}
          </Text>
        )}
      />
    </Box>
  );
}
