// The picker for the compare view's right-hand article: ink-select-input in a bordered box,
// most similar first, with the similarity. Items are memoised: the component resets its
// highlight whenever `items` changes identity (DESIGN.md §4).
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import type { AlignContext } from '../../../analysis/align';
import { mostSimilar } from '../../../analysis/align';
import { displayWidth, fitToWidth, truncateToWidth } from '../../text/wrap';
import { outletLabel } from '../../views/list';

/** The picker lists at most this many articles: beyond them similarity is negligible. */
const MAX_CHOICES = 100;

export interface ComparePickerProps {
  align: AlignContext;
  /** Article index of the left column, and of the right one now. */
  left: number;
  current: number | null;
  cols: number;
  rows: number;
  colour: boolean;
  onPick: (article: number) => void;
}

/** Pads to exactly `width` columns, so the box hides the frame beneath it. */
const padTo = (text: string, width: number) => {
  const cut = fitToWidth(truncateToWidth(text, width), width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
};

export function pickerBox(cols: number, rows: number): { width: number; limit: number } {
  return { width: Math.max(20, Math.min(90, cols - 8)), limit: Math.max(1, rows - 9) };
}

export function ComparePicker({ align, left, current, cols, rows, colour, onPick }: ComparePickerProps) {
  const { width, limit } = pickerBox(cols, rows);
  const labelWidth = width - 4;
  const items = useMemo(
    () =>
      mostSimilar(align, align.articles[left].id, MAX_CHOICES).map((s) => {
        const index = align.indexOf.get(s.id) ?? 0;
        const a = align.articles[index];
        return { key: s.id, label: padTo(` ${s.similarity.toFixed(2)}  ${a.headline.value} · ${outletLabel(a)}`, labelWidth), value: index };
      }),
    [align, left, labelWidth],
  );
  const initialIndex = Math.max(0, items.findIndex((i) => i.value === current));
  return (
    <Box position="absolute" marginTop={2} marginLeft={Math.max(0, Math.floor((cols - width) / 2))} flexDirection="column" borderStyle="round" width={width}>
      <Text bold>{padTo(' Compare with… (similarity, most similar first)', width - 2)}</Text>
      <Text dimColor>{padTo(' ↑ ↓ Enter choose · Esc cancel', width - 2)}</Text>
      {items.length === 0 ? (
        <Text>{padTo(' No other article shares any words with this one.', width - 2)}</Text>
      ) : (
        <SelectInput
          items={items}
          initialIndex={initialIndex}
          limit={Math.min(limit, items.length)}
          onSelect={(item) => onPick(item.value)}
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
