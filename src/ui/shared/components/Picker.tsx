// A choice list floating over the frame: ink-select-input in a bordered box with a title and
// a key hint, painted edge to edge so the frame beneath does not show through. Shared by the
// compare picker and the speaker picker.
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import { displayWidth, fitToWidth, truncateToWidth } from '../text/wrap';

export interface PickerChoice<V> {
  key: string;
  label: string;
  value: V;
}

export interface PickerProps<V> {
  title: string;
  /** Memoised by the caller: ink-select-input resets its highlight whenever `choices` changes identity (DESIGN.md §4). */
  choices: readonly PickerChoice<V>[];
  /** Shown in place of the list when there is nothing to choose. */
  empty?: string;
  /** The choice highlighted first; the first one if none matches. */
  isCurrent: (value: V) => boolean;
  width: number;
  limit: number;
  cols: number;
  colour: boolean;
  onChoose: (value: V) => void;
}

/** Pads to exactly `width` columns, so the box hides the frame beneath it. */
const padTo = (text: string, width: number) => {
  const cut = fitToWidth(truncateToWidth(text, width), width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
};

/** Box width (between 20 and `maxWidth`, 8 columns short of the terminal) and the rows left for choices. */
export function pickerGeometry(cols: number, rows: number, maxWidth: number): { width: number; limit: number } {
  return { width: Math.max(20, Math.min(maxWidth, cols - 8)), limit: Math.max(1, rows - 9) };
}

export function Picker<V>({ title, choices, empty, isCurrent, width, limit, cols, colour, onChoose }: PickerProps<V>) {
  // Inside the border, after the two-column indicator.
  const labelWidth = width - 4;
  const items = useMemo(() => choices.map((c) => ({ key: c.key, label: padTo(` ${c.label}`, labelWidth), value: c.value })), [choices, labelWidth]);
  const initialIndex = Math.max(0, items.findIndex((i) => isCurrent(i.value)));
  return (
    <Box position="absolute" marginTop={2} marginLeft={Math.max(0, Math.floor((cols - width) / 2))} flexDirection="column" borderStyle="round" width={width}>
      <Text bold>{padTo(` ${title}`, width - 2)}</Text>
      <Text dimColor>{padTo(' ↑ ↓ Enter choose · Esc cancel', width - 2)}</Text>
      {items.length === 0 ? (
        <Text>{padTo(` ${empty ?? 'Nothing to choose.'}`, width - 2)}</Text>
      ) : (
        <SelectInput
          items={items}
          initialIndex={initialIndex}
          limit={Math.min(limit, items.length)}
          // Deferred: the App handles the same Enter as a key after this; the choice must come after it.
          onSelect={(item) => setTimeout(() => onChoose(item.value), 0)}
          // The default indicator leaves its margin unpainted, and the frame beneath shows through.
          indicatorComponent={({ isSelected }) => <Text color={colour ? 'cyan' : undefined}>{isSelected ? '❯ ' : '  '}</Text>}
          itemComponent={({ isSelected, label }) => (
            <Text color={colour && isSelected ? 'cyan' : undefined} bold={isSelected} inverse={isSelected && !colour}>
              {label}
            </Text>
          )}
        />
      )}
    </Box>
  );
}
